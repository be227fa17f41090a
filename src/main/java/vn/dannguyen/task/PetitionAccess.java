package vn.dannguyen.task;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PessimisticLockException;

import vn.dannguyen.people.ActiveUser;
import vn.dannguyen.petition.Petition;
import vn.dannguyen.shared.BusinessException;
import vn.dannguyen.shared.ConcurrentEditException;
import vn.dannguyen.shared.Role;

/** Who may read and who may change a petition, shared by the workflow and progress services (same transaction). */
@Dependent
class PetitionAccess {

    @PersistenceContext
    EntityManager em;

    @Inject
    ActiveUser activeUser;

    /** A petition the user may read; an unknown one and one of another commune get the same answer. */
    Petition readable(long id) {
        Petition petition = em.find(Petition.class, id);
        if (petition == null || !activeUser.mayAccessCommune(petition.getCommuneId())) {
            throw new BusinessException("petition.error.notFound");
        }
        return petition;
    }

    /** A petition of the user's own commune (province-wide users read others, never change them). */
    Petition changeable(long id) {
        Petition petition = readable(id);
        if (!activeUser.isOwnCommune(petition.getCommuneId())) {
            throw new BusinessException("petition.error.notFound");
        }
        return petition;
    }

    /**
     * The petition to change, locked until the transaction ends and refused if someone changed it since the
     * user saw it. Locking the petition first makes two people changing it queue here, before either writes
     * anything that hangs off it: the second then sees the new version and is told, instead of the two
     * deadlocking in the database over the assignment rows.
     */
    Petition current(TaskService.Seen seen) {
        Petition petition;
        try {
            petition = em.find(Petition.class, seen.id(), LockModeType.PESSIMISTIC_WRITE);
        } catch (PessimisticLockException | LockTimeoutException | OptimisticLockException busy) {
            throw new ConcurrentEditException();
        }
        if (petition == null || !activeUser.isOwnCommune(petition.getCommuneId())) {
            throw new BusinessException("petition.error.notFound");
        }
        if (petition.getVersion() != seen.version()) {
            throw new ConcurrentEditException();
        }
        return petition;
    }

    /**
     * Leaders act on any petition of their commune; an officer only on one assigned to them, or to their
     * department without a named officer.
     */
    void requireHolder(Petition petition) {
        if (activeUser.hasRole(Role.LEADER)) {
            return;
        }
        boolean holds = em.createQuery("select a from Assignment a where a.petitionId = :id and a.endedAt is null", Assignment.class)
                .setParameter("id", petition.getId()).getResultStream()
                .anyMatch(a -> a.getOfficer() == null || a.getOfficer().getId().equals(activeUser.getUserId()));
        if (!holds) {
            throw new BusinessException("task.error.notYours");
        }
    }

    /** Writes now, so that a concurrent commit since the version check is refused here, not lost. */
    void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentEditException();
        }
    }
}
