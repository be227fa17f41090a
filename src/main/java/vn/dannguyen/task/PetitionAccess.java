package vn.dannguyen.task;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import vn.dannguyen.people.ActiveUser;
import vn.dannguyen.petition.Petition;
import vn.dannguyen.shared.BusinessException;
import vn.dannguyen.shared.Jpa;
import vn.dannguyen.shared.Role;
import vn.dannguyen.shared.Seen;

/** Who may read and who may change a petition, shared by the workflow and progress services (same transaction). */
@Dependent
class PetitionAccess {

    @PersistenceContext
    EntityManager em;

    @Inject
    ActiveUser activeUser;

    /** A petition the user may read; an unknown one and one of another commune get the same answer. */
    Petition readable(long id) {
        Petition petition = Jpa.readable(em, Petition.class, id, p -> activeUser.mayAccessCommune(p.getCommuneId()),
                "petition.error.notFound");
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

    /** The petition to change, locked and compared with what the user saw ({@link Jpa#current}); of their own commune. */
    Petition current(Seen seen) {
        return Jpa.current(em, Petition.class, seen, petition -> activeUser.isOwnCommune(petition.getCommuneId()),
                "petition.error.notFound");
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
        Jpa.flush(em);
    }
}
