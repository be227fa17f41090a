package vn.dannguyen.meeting;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import vn.dannguyen.attachment.AttachmentOwner;
import vn.dannguyen.attachment.AttachmentService;
import vn.dannguyen.attachment.StoredFile;
import vn.dannguyen.attachment.Upload;
import vn.dannguyen.people.ActiveUser;
import vn.dannguyen.reference.Village;
import vn.dannguyen.shared.BusinessException;
import vn.dannguyen.shared.CommuneClock;
import vn.dannguyen.shared.Jpa;
import vn.dannguyen.shared.Role;

/** Meeting cycles and constituent meetings of the user's commune. */
@Stateless
@RolesAllowed({Role.Names.STAFF, Role.Names.LEADER, Role.Names.AUDITOR})
public class MeetingService {

    /** A line of the meetings list. */
    public record MeetingRow(long id, String cycleTitle, java.time.LocalDateTime heldAt, String place,
                             MeetingForm form, int votersAttending, long petitions) {
    }

    /** How long published results stay on the public page at least. */
    public static final int MINIMUM_PUBLIC_DAYS = 30;

    @PersistenceContext
    EntityManager em;

    @Inject
    CommuneClock clock;

    @Inject
    AttachmentService attachments;

    @Inject
    ActiveUser activeUser;

    public List<MeetingCycle> cycles() {
        return em.createQuery("select c from MeetingCycle c where c.communeId = :commune order by c.startsOn desc, c.id desc",
                        MeetingCycle.class)
                .setParameter("commune", activeUser.getCommuneId()).getResultList();
    }

    @RolesAllowed({Role.Names.STAFF, Role.Names.LEADER})
    public MeetingCycle saveCycle(MeetingCycle cycle) {
        if (cycle.getId() == null) {
            cycle.setCommuneId(activeUser.getCommuneId());
        } else {
            requireOwnCommune(em.find(MeetingCycle.class, cycle.getId()) == null ? null
                    : em.find(MeetingCycle.class, cycle.getId()).getCommuneId());
        }
        if (cycle.getEndsOn() != null && cycle.getEndsOn().isBefore(cycle.getStartsOn())) {
            throw new BusinessException("meeting.cycle.error.endsBeforeStart");
        }
        cycle.setTitle(cycle.getTitle().strip());
        return Jpa.save(em, cycle, cycle.getId() == null, "meeting.cycle.error.duplicate");
    }

    /** The commune's meetings, latest first, with how many petitions each recorded. */
    public List<MeetingRow> meetings(Long cycleId) {
        return em.createQuery("select new vn.dannguyen.meeting.MeetingService$MeetingRow(m.id, c.title, m.heldAt, m.place,"
                        + " m.form, m.votersAttending, (select count(p) from Petition p where p.meetingId = m.id))"
                        + " from Meeting m join m.cycle c where m.communeId = :commune"
                        + " and (:cycle is null or c.id = :cycle) order by m.heldAt desc, m.id desc", MeetingRow.class)
                .setParameter("commune", activeUser.getCommuneId()).setParameter("cycle", cycleId)
                .setMaxResults(500).getResultList();
    }

    /** A meeting of the user's commune, with its cycle and villages loaded. */
    public Meeting get(long id) {
        List<Meeting> found = em.createQuery("select m from Meeting m join fetch m.cycle left join fetch m.villages where m.id = :id",
                Meeting.class).setParameter("id", id).getResultList();
        if (found.isEmpty() || !activeUser.mayAccessCommune(found.get(0).getCommuneId())) {
            throw new BusinessException("meeting.error.notFound");
        }
        return found.get(0);
    }

    /** A meeting's minutes files. */
    public List<StoredFile> minutes(long meetingId) {
        return attachments.ofMeeting(get(meetingId).getId());
    }

    /** Keeps a minutes file (scan, photo, document) with a meeting of the user's own commune. */
    @RolesAllowed({Role.Names.STAFF, Role.Names.LEADER})
    public StoredFile attachMinutes(long meetingId, Upload upload) {
        Meeting meeting = get(meetingId);
        return attachments.attach(AttachmentOwner.meeting(meeting.getId(), meeting.getCommuneId()), upload);
    }

    /** Records a new meeting or saves changes to one (refused if someone saved it meanwhile). */
    @RolesAllowed({Role.Names.STAFF, Role.Names.LEADER})
    public Meeting save(Meeting meeting, long cycleId, Set<Long> villageIds) {
        long communeId = activeUser.getCommuneId();
        boolean isNew = meeting.getId() == null;
        if (isNew) {
            meeting.setCommuneId(communeId);
            meeting.setCreatedBy(activeUser.getUsername());
        } else {
            Meeting stored = em.find(Meeting.class, meeting.getId());
            requireOwnCommune(stored == null ? null : stored.getCommuneId());
        }
        MeetingCycle cycle = em.find(MeetingCycle.class, cycleId);
        if (cycle == null || !cycle.getCommuneId().equals(communeId)) {
            throw new BusinessException("meeting.error.cycleUnknown");
        }
        meeting.setCycle(cycle);
        Set<Village> villages = new HashSet<>();
        for (Long villageId : villageIds) {
            Village village = em.find(Village.class, villageId);
            if (village == null || !village.getCommune().getId().equals(communeId)) {
                throw new BusinessException("petition.error.villageUnknown");
            }
            villages.add(village);
        }
        meeting.setVillages(villages);
        return Jpa.save(em, meeting, isNew, "meeting.error.duplicate");
    }

    /** Puts the cycle's results on the public page (docs/domain.md: results are published and posted for 30 days). */
    @RolesAllowed(Role.Names.LEADER)
    public MeetingCycle publishResults(long cycleId) {
        MeetingCycle cycle = ownCycle(cycleId);
        if (cycle.getResultsPublishedAt() == null) {
            cycle.publishResults(activeUser.getUsername());
        }
        return cycle;
    }

    /** Takes the results off the public page, but never before they have been public for 30 days. */
    @RolesAllowed(Role.Names.LEADER)
    public MeetingCycle withdrawResults(long cycleId) {
        MeetingCycle cycle = ownCycle(cycleId);
        if (cycle.getResultsPublishedAt() != null) {
            LocalDate publicUntil = cycle.getResultsPublishedAt().atZone(CommuneClock.ZONE).toLocalDate().plusDays(MINIMUM_PUBLIC_DAYS);
            if (clock.today().isBefore(publicUntil)) {
                throw new BusinessException("report.withdraw.tooEarly", DateTimeFormatter.ofPattern("dd/MM/yyyy").format(publicUntil));
            }
            cycle.withdrawResults();
        }
        return cycle;
    }

    private MeetingCycle ownCycle(long cycleId) {
        MeetingCycle cycle = em.find(MeetingCycle.class, cycleId);
        requireOwnCommune(cycle == null ? null : cycle.getCommuneId());
        return cycle;
    }

    private void requireOwnCommune(Long communeId) {
        if (communeId == null || !communeId.equals(activeUser.getCommuneId())) {
            throw new BusinessException("meeting.error.notFound");
        }
    }
}
