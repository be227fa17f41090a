package vn.dannguyen.audit;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.EntityType;

import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.criteria.AuditCriterion;

import vn.dannguyen.attachment.StoredFile;
import vn.dannguyen.meeting.Meeting;
import vn.dannguyen.meeting.MeetingCycle;
import vn.dannguyen.petition.Petition;
import vn.dannguyen.reference.Category;
import vn.dannguyen.reference.Commune;
import vn.dannguyen.reference.Village;
import vn.dannguyen.task.Assignment;
import vn.dannguyen.task.Forwarding;
import vn.dannguyen.task.PetitionTransition;
import vn.dannguyen.task.ProgressNote;
import vn.dannguyen.task.RoadmapStep;

/** The history of one petition and its records (Envers), and its audit events, for {@link AuditHistoryService}. */
final class PetitionTimeline {

    /** The records that belong to a petition, each by its {@code petitionId}. */
    private static final List<Class<?>> PARTS = List.of(Assignment.class, PetitionTransition.class, StoredFile.class,
            Forwarding.class, ProgressNote.class, RoadmapStep.class);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final EntityManager em;

    PetitionTimeline(EntityManager em) {
        this.em = em;
    }

    /** Each revision of the petition and of its records, with its field differences as {@code differences} shows them. */
    List<TimelineEntry> changes(long petitionId, FieldDifferences differences) {
        AuditReader reader = AuditReaderFactory.get(em);
        List<TimelineEntry> entries = new ArrayList<>();
        entries.addAll(history(reader, Petition.class, AuditEntity.id().eq(petitionId), differences));
        for (Class<?> part : PARTS) {
            entries.addAll(history(reader, part, AuditEntity.property("petitionId").eq(petitionId), differences));
        }
        return entries;
    }

    /** The audit events about the petition (views of its personal data among them). */
    List<TimelineEntry> events(long petitionId) {
        return em.createQuery("select e from AuditEvent e where e.petitionId = :id", AuditEvent.class)
                .setParameter("id", petitionId).getResultList().stream()
                .map(e -> new TimelineEntry(e.getOccurredAt(), e.getUsername(), e.getIpAddress(), null,
                        "AuditEvent", e.getId(), e.getKind().name(), List.of())).toList();
    }

    /** Oldest first; at the same instant, by revision, events after revisions. */
    static void sort(List<TimelineEntry> entries) {
        entries.sort(Comparator.comparing(TimelineEntry::at)
                .thenComparing(e -> e.revision() == null ? Long.MAX_VALUE : e.revision()));
    }

    private <T> List<TimelineEntry> history(AuditReader reader, Class<T> type, AuditCriterion criterion,
                                            FieldDifferences differences) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = reader.createQuery().forRevisionsOfEntity(type, false, true)
                .add(criterion).addOrder(AuditEntity.revisionNumber().asc()).getResultList();
        EntityType<T> entityType = em.getMetamodel().entity(type);
        Map<Object, Object> previous = new HashMap<>();
        List<TimelineEntry> entries = new ArrayList<>();
        for (Object[] row : rows) {
            Object snapshot = row[0];
            AuditRevision revision = (AuditRevision) row[1];
            RevisionType revisionType = (RevisionType) row[2];
            Object id = em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(snapshot);
            Object before = previous.get(id);
            Object after = revisionType == RevisionType.DEL ? null : snapshot;
            entries.add(new TimelineEntry(revision.getChangedAt(), revision.getUsername(), revision.getIpAddress(),
                    revision.getId(), type.getSimpleName(), id instanceof Long l ? l : null, revisionType.name(),
                    named(differences.between(entityType, before, after), reader, revision.getId())));
            previous.put(id, after);
        }
        return entries;
    }

    /**
     * Columns that hold another record's id (the petition keeps its category, village, meeting and cycle by id)
     * read as that record's name as it was at this revision, so an auditor sees "Giao thông", not "3", and a
     * village renamed since keeps its old name here. A record no longer found keeps its id.
     */
    private List<FieldChange> named(List<FieldChange> changes, AuditReader reader, Number revision) {
        List<FieldChange> named = new ArrayList<>(changes.size());
        for (FieldChange change : changes) {
            named.add(new FieldChange(change.field(), name(change.field(), change.before(), reader, revision),
                    name(change.field(), change.after(), reader, revision)));
        }
        return named;
    }

    private Object name(String field, Object value, AuditReader reader, Number revision) {
        if (!(value instanceof Long id)) {
            return value;
        }
        Object name = switch (field) {
            case "communeId" -> find(reader, revision, Commune.class, id, Commune::getName);
            case "villageId" -> find(reader, revision, Village.class, id, Village::getName);
            case "categoryId" -> find(reader, revision, Category.class, id, c -> new ReferenceName(c.getNameVi(), c.getNameEn()));
            case "cycleId" -> find(reader, revision, MeetingCycle.class, id, MeetingCycle::getTitle);
            case "meetingId" -> find(reader, revision, Meeting.class, id, m -> m.getHeldAt().format(DATE)
                    + (m.getPlace() == null || m.getPlace().isBlank() ? "" : " · " + m.getPlace()));
            case "petitionId", "recurrenceOfId" -> find(reader, revision, Petition.class, id, Petition::getTrackingCode);
            default -> null;
        };
        return name == null ? value : name;
    }

    /** The record as it was at the revision (its history), or as it is now when its history does not reach back. */
    private <T> Object find(AuditReader reader, Number revision, Class<T> type, long id, Function<T, Object> name) {
        T found = null;
        try {
            found = reader.find(type, id, revision);
        } catch (RuntimeException notAudited) {
            // no history for this record at that revision
        }
        if (found == null) {
            found = em.find(type, id);
        }
        return found == null ? null : name.apply(found);
    }
}
