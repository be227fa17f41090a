package vn.dannguyen.audit;

import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;

import org.hibernate.Hibernate;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.criteria.AuditCriterion;

import vn.dannguyen.attachment.StoredFile;
import vn.dannguyen.people.ActiveUser;
import vn.dannguyen.petition.Petition;
import vn.dannguyen.petition.PetitionKind;
import vn.dannguyen.petition.PetitionQueries;
import vn.dannguyen.petition.PetitionRow;
import vn.dannguyen.petition.PetitionerPrivacy;
import vn.dannguyen.shared.CommuneClock;
import vn.dannguyen.shared.PersonalData;
import vn.dannguyen.shared.Role;
import vn.dannguyen.task.Assignment;
import vn.dannguyen.task.Forwarding;
import vn.dannguyen.task.PetitionTransition;
import vn.dannguyen.task.ProgressNote;
import vn.dannguyen.task.RoadmapStep;

/**
 * Read-only access to the history for auditors: the timeline of one petition with field-level differences
 * (Envers), and a search over all changes and audit events of the auditor's commune.
 */
@Stateless
@RolesAllowed(Role.Names.AUDITOR)
public class AuditHistoryService {

    /** A search shows at most this many lines; the auditor narrows the filter for more. */
    public static final int SEARCH_LIMIT = 1000;

    /** An audited table as the search reads it: what identifies a row, its petition and its commune. */
    private record AuditedTable(String entity, String table, String idExpr, String petitionExpr, String communeExpr,
                                String detailExpr) {
    }

    private static final String PETITION_COMMUNE = "(select p.commune_id from petition p where p.id = a.petition_id)";
    private static final String MEDIATION_COMMUNE = "(select c.commune_id from mediation_case c where c.id = a.case_id)";

    private static final List<AuditedTable> TABLES = List.of(
            new AuditedTable("Petition", "petition_aud", "a.id", "a.id", "a.commune_id", "a.status"),
            new AuditedTable("Assignment", "assignment_aud", "a.id", "a.petition_id", PETITION_COMMUNE, "a.due_on"),
            new AuditedTable("PetitionTransition", "petition_transition_aud", "a.id", "a.petition_id", PETITION_COMMUNE,
                    "concat(a.from_status, ' > ', a.to_status)"),
            new AuditedTable("StoredFile", "stored_file_aud", "a.id", "a.petition_id", "a.commune_id", "a.file_name"),
            new AuditedTable("Forwarding", "forwarding_aud", "a.id", "a.petition_id", PETITION_COMMUNE,
                    "concat(a.agency, ' · ', a.letter_no)"),
            new AuditedTable("ProgressNote", "progress_note_aud", "a.id", "a.petition_id", PETITION_COMMUNE, "left(a.note, 200)"),
            new AuditedTable("RoadmapStep", "roadmap_step_aud", "a.id", "a.petition_id", PETITION_COMMUNE, "a.description"),
            new AuditedTable("Meeting", "meeting_aud", "a.id", null, "a.commune_id", "a.place"),
            new AuditedTable("MeetingCycle", "meeting_cycle_aud", "a.id", null, "a.commune_id", "a.title"),
            new AuditedTable("Village", "village_aud", "a.id", null, "a.commune_id", "a.name"),
            new AuditedTable("Department", "department_aud", "a.id", null, "a.commune_id", "a.name"),
            new AuditedTable("Commune", "commune_aud", "a.id", null, "a.id", "a.name"),
            new AuditedTable("Category", "category_aud", "a.id", null, null, "a.name_vi"),
            new AuditedTable("AppUser", "app_user_aud", "a.id", null, "a.commune_id", "a.username"),
            new AuditedTable("DeadlineRule", "deadline_rule_aud", "concat(a.kind, '/', a.step)", null, null,
                    "concat(a.days, ' ', a.unit)"),
            new AuditedTable("CalendarException", "calendar_exception_aud", "a.day", null, null, "a.note"),
            new AuditedTable("MediationCase", "mediation_case_aud", "a.id", null, "a.commune_id", "a.status"),
            new AuditedTable("CouncilMember", "mediation_council_member_aud", "a.id", null, MEDIATION_COMMUNE, "a.full_name"),
            new AuditedTable("MediationSession", "mediation_session_aud", "a.id", null, MEDIATION_COMMUNE, "a.held_on"));

    /** The kinds of record the search can be limited to: audited entities, then event kinds. */
    public static List<String> recordKinds() {
        List<String> kinds = new ArrayList<>(TABLES.stream().map(AuditedTable::entity).toList());
        for (AuditEventKind kind : AuditEventKind.values()) {
            kinds.add(kind.name());
        }
        return kinds;
    }

    private static final java.util.function.Predicate<HistoryRow> IS_PETITION_FILE =
            row -> "StoredFile".equals(row.record()) && row.petitionId() != null;

    @PersistenceContext
    EntityManager em;

    @Inject
    ActiveUser activeUser;

    @Inject
    PetitionQueries petitions;

    @Inject
    PetitionerPrivacy privacy;

    /**
     * Everything that happened to a petition and its records, oldest first. The petitioner's data (fields marked
     * {@link PersonalData}) is masked unless the reader may know the petitioner; shown unmasked, it is recorded.
     */
    public List<TimelineEntry> timeline(long petitionId) {
        PetitionRow petition = petitions.row(petitionId); // refuses a petition the auditor may not see
        Differences differences = new Differences(privacy.mayKnow(petitionId, petition.kind()));
        AuditReader reader = AuditReaderFactory.get(em);
        List<TimelineEntry> entries = new ArrayList<>();
        entries.addAll(history(reader, Petition.class, AuditEntity.id().eq(petitionId), differences));
        for (Class<?> part : List.of(Assignment.class, PetitionTransition.class, StoredFile.class, Forwarding.class,
                ProgressNote.class, RoadmapStep.class)) {
            entries.addAll(history(reader, part, AuditEntity.property("petitionId").eq(petitionId), differences));
        }
        if (differences.showedPersonalData) {
            privacy.shown(petitionId, petition.trackingCode(), "audit timeline");
        }
        em.createQuery("select e from AuditEvent e where e.petitionId = :id", AuditEvent.class)
                .setParameter("id", petitionId).getResultList()
                .forEach(e -> entries.add(new TimelineEntry(e.getOccurredAt(), e.getUsername(), e.getIpAddress(), null,
                        "AuditEvent", e.getId(), e.getKind().name(), List.of())));
        entries.sort(Comparator.comparing(TimelineEntry::at)
                .thenComparing(e -> e.revision() == null ? Long.MAX_VALUE : e.revision()));
        return entries;
    }

    private <T> List<TimelineEntry> history(AuditReader reader, Class<T> type, AuditCriterion criterion,
                                            Differences differences) {
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
            case "communeId" -> find(reader, revision, vn.dannguyen.reference.Commune.class, id, vn.dannguyen.reference.Commune::getName);
            case "villageId" -> find(reader, revision, vn.dannguyen.reference.Village.class, id, vn.dannguyen.reference.Village::getName);
            case "categoryId" -> find(reader, revision, vn.dannguyen.reference.Category.class, id,
                    c -> new ReferenceName(c.getNameVi(), c.getNameEn()));
            case "cycleId" -> find(reader, revision, vn.dannguyen.meeting.MeetingCycle.class, id,
                    vn.dannguyen.meeting.MeetingCycle::getTitle);
            case "meetingId" -> find(reader, revision, vn.dannguyen.meeting.Meeting.class, id, m -> m.getHeldAt()
                    .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))
                    + (m.getPlace() == null || m.getPlace().isBlank() ? "" : " · " + m.getPlace()));
            case "petitionId", "recurrenceOfId" -> find(reader, revision, Petition.class, id, Petition::getTrackingCode);
            default -> null;
        };
        return name == null ? value : name;
    }

    /** The record as it was at the revision (its history), or as it is now when its history does not reach back. */
    private <T> Object find(AuditReader reader, Number revision, Class<T> type, long id, java.util.function.Function<T, Object> name) {
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

    /** Field differences as one reader may see them: personal data masked unless they may know the petitioner. */
    private static final class Differences {

        private final boolean mayKnowPetitioner;
        private boolean showedPersonalData;

        Differences(boolean mayKnowPetitioner) {
            this.mayKnowPetitioner = mayKnowPetitioner;
        }

        /** The audited fields whose value differs between two snapshots of a record (either may be null). */
        List<FieldChange> between(EntityType<?> type, Object before, Object after) {
            List<FieldChange> changes = new ArrayList<>();
            List<Attribute<?, ?>> attributes = new ArrayList<>(type.getAttributes());
            attributes.sort(Comparator.comparing(Attribute::getName));
            for (Attribute<?, ?> attribute : attributes) {
                Member member = attribute.getJavaMember();
                if (!(member instanceof Field field) || field.isAnnotationPresent(NotAudited.class)
                        || field.isAnnotationPresent(jakarta.persistence.Version.class)) {
                    continue;
                }
                Object oldValue = display(read(field, before));
                Object newValue = display(read(field, after));
                if (Objects.equals(oldValue, newValue)) {
                    continue;
                }
                if (field.isAnnotationPresent(PersonalData.class)) {
                    if (!mayKnowPetitioner) {
                        oldValue = oldValue == null ? null : MaskedValue.PERSONAL_DATA;
                        newValue = newValue == null ? null : MaskedValue.PERSONAL_DATA;
                    } else {
                        showedPersonalData = true;
                    }
                }
                changes.add(new FieldChange(attribute.getName(), oldValue, newValue));
            }
            return changes;
        }
    }

    private static Object read(Field field, Object snapshot) {
        if (snapshot == null) {
            return null;
        }
        try {
            field.setAccessible(true);
            return field.get(snapshot);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Values as an auditor reads them: a related record by its name, a collection as its sorted names. */
    private static Object display(Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof Enum || value instanceof LocalDate || value instanceof Instant) {
            return value instanceof String s && s.isEmpty() ? null : value;
        }
        if (value instanceof Collection<?> collection) {
            TreeSet<String> names = new TreeSet<>();
            collection.forEach(item -> names.add(String.valueOf(display(item))));
            return names.isEmpty() ? null : String.join(", ", names);
        }
        Object entity = Hibernate.unproxy(value);
        for (String getter : new String[] {"getName", "getFullName", "getTitle", "getNameVi", "getId"}) {
            try {
                Method method = entity.getClass().getMethod(getter);
                Object name = method.invoke(entity);
                if (name != null) {
                    return name.toString();
                }
            } catch (ReflectiveOperationException ignored) {
                // try the next way of naming it
            }
        }
        return entity.toString();
    }

    /** Changes and events matching the filter, newest first, at most {@link #SEARCH_LIMIT}. */
    public List<HistoryRow> search(HistoryFilter filter) {
        List<HistoryRow> rows = new ArrayList<>();
        boolean eventsOnly = filter.getRecord() != null && isEventKind(filter.getRecord());
        if (!eventsOnly) {
            rows.addAll(changes(filter));
        }
        boolean changesOnly = filter.getRecord() != null && !isEventKind(filter.getRecord());
        if (!changesOnly) {
            rows.addAll(events(filter));
        }
        rows.sort(Comparator.comparing(HistoryRow::at).reversed());
        return withFileNamesMasked(rows.size() > SEARCH_LIMIT ? new ArrayList<>(rows.subList(0, SEARCH_LIMIT)) : rows);
    }

    /**
     * A petition's file names tell who brought the files: shown only for petitions whose petitioner the reader
     * may know (and then recorded as shown), masked otherwise.
     */
    private List<HistoryRow> withFileNamesMasked(List<HistoryRow> rows) {
        Set<Long> ids = new HashSet<>();
        rows.stream().filter(IS_PETITION_FILE).forEach(row -> ids.add(row.petitionId()));
        if (ids.isEmpty()) {
            return rows;
        }
        Map<Long, PetitionKind> kinds = new HashMap<>();
        Map<Long, String> codes = new HashMap<>();
        em.createQuery("select p.id, p.kind, p.trackingCode from Petition p where p.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList().forEach(petition -> {
                    kinds.put((Long) petition[0], (PetitionKind) petition[1]);
                    codes.put((Long) petition[0], (String) petition[2]);
                });
        PetitionerPrivacy.Reader reader = privacy.reader();
        Set<Long> shown = new TreeSet<>();
        rows.replaceAll(row -> {
            if (!IS_PETITION_FILE.test(row)) {
                return row;
            }
            PetitionKind kind = kinds.get(row.petitionId());
            if (kind != null && reader.mayKnow(row.petitionId(), kind)) {
                shown.add(row.petitionId());
                return row;
            }
            return row.withDetailHidden();
        });
        shown.forEach(id -> privacy.shown(id, codes.get(id), "audit history"));
        return rows;
    }

    private static boolean isEventKind(String record) {
        for (AuditEventKind kind : AuditEventKind.values()) {
            if (kind.name().equals(record)) {
                return true;
            }
        }
        return false;
    }

    private List<HistoryRow> changes(HistoryFilter filter) {
        Long petitionId = petitionOf(filter);
        if (petitionId != null && petitionId < 0) {
            return List.of();
        }
        Map<String, Object> parameters = new HashMap<>();
        List<String> parts = new ArrayList<>();
        for (AuditedTable table : TABLES) {
            if (filter.getRecord() != null && !filter.getRecord().equals(table.entity())) {
                continue;
            }
            if (petitionId != null && table.petitionExpr() == null) {
                continue;
            }
            StringBuilder part = new StringBuilder("select r.changed_at_millis as at_millis, r.username as who,"
                    + " r.ip_address as ip, r.id as revision, '").append(table.entity()).append("' as record, cast(")
                    .append(table.idExpr()).append(" as char) as record_id, a.revtype as revtype, ")
                    .append(table.petitionExpr() == null ? "null" : table.petitionExpr()).append(" as petition_id, ")
                    .append(table.petitionExpr() == null ? "null"
                            : "(select p.tracking_code from petition p where p.id = " + table.petitionExpr() + ")")
                    .append(" as tracking_code, cast(").append(table.detailExpr()).append(" as char) as detail")
                    .append(" from ").append(table.table()).append(" a join audit_revision r on r.id = a.rev where 1 = 1");
            if (!activeUser.isProvinceWide()) {
                // Records of other communes are not this auditor's; installation-wide ones are shown to all.
                if (table.communeExpr() != null) {
                    part.append(" and ").append(table.communeExpr()).append(" = :commune");
                    parameters.put("commune", activeUser.getCommuneId());
                }
            }
            if (petitionId != null) {
                part.append(" and ").append(table.petitionExpr()).append(" = :petition");
                parameters.put("petition", petitionId);
            }
            revisionFilters(filter, part, parameters);
            parts.add(part.toString());
        }
        if (parts.isEmpty()) {
            return List.of();
        }
        Query query = em.createNativeQuery("select * from (" + String.join(" union all ", parts)
                + ") h order by 1 desc limit " + (SEARCH_LIMIT + 1));
        parameters.forEach(query::setParameter);
        List<HistoryRow> rows = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] values = (Object[]) row;
            rows.add(new HistoryRow(Instant.ofEpochMilli(((Number) values[0]).longValue()), (String) values[1],
                    (String) values[2], ((Number) values[3]).longValue(), (String) values[4], (String) values[5],
                    RevisionType.fromRepresentation(((Number) values[6]).byteValue()).name(),
                    values[7] == null ? null : ((Number) values[7]).longValue(), (String) values[8], (String) values[9],
                    false));
        }
        return rows;
    }

    private static void revisionFilters(HistoryFilter filter, StringBuilder part, Map<String, Object> parameters) {
        if (filter.getUsername() != null && !filter.getUsername().isBlank()) {
            part.append(" and r.username = :username");
            parameters.put("username", filter.getUsername().trim().toLowerCase());
        }
        if (filter.getFrom() != null) {
            part.append(" and r.changed_at_millis >= :fromMillis");
            parameters.put("fromMillis", filter.getFrom().atStartOfDay(CommuneClock.ZONE).toInstant().toEpochMilli());
        }
        if (filter.getTo() != null) {
            part.append(" and r.changed_at_millis < :toMillis");
            parameters.put("toMillis", filter.getTo().plusDays(1).atStartOfDay(CommuneClock.ZONE).toInstant().toEpochMilli());
        }
    }

    /** The petition the filter's tracking code names: null without a code, -1 for a code that names none. */
    private Long petitionOf(HistoryFilter filter) {
        if (filter.getTrackingCode() == null || filter.getTrackingCode().isBlank()) {
            return null;
        }
        List<?> ids = em.createNativeQuery("select id from petition where tracking_code = :code")
                .setParameter("code", filter.getTrackingCode().trim().toUpperCase()).getResultList();
        return ids.isEmpty() ? -1L : ((Number) ids.get(0)).longValue();
    }

    private List<HistoryRow> events(HistoryFilter filter) {
        Long petitionId = petitionOf(filter);
        if (petitionId != null && petitionId < 0) {
            return List.of();
        }
        StringBuilder jpql = new StringBuilder("select e from AuditEvent e where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (!activeUser.isProvinceWide()) {
            jpql.append(" and (e.username in (select u.username from AppUser u where u.commune.id = :commune)"
                    + " or e.petitionId in (select p.id from Petition p where p.communeId = :commune))");
            parameters.put("commune", activeUser.getCommuneId());
        }
        if (petitionId != null) {
            jpql.append(" and e.petitionId = :petition");
            parameters.put("petition", petitionId);
        }
        if (filter.getRecord() != null) {
            jpql.append(" and e.kind = :kind");
            parameters.put("kind", AuditEventKind.valueOf(filter.getRecord()));
        }
        if (filter.getUsername() != null && !filter.getUsername().isBlank()) {
            jpql.append(" and e.username = :username");
            parameters.put("username", filter.getUsername().trim().toLowerCase());
        }
        if (filter.getFrom() != null) {
            jpql.append(" and e.occurredAt >= :from");
            parameters.put("from", filter.getFrom().atStartOfDay(CommuneClock.ZONE).toInstant());
        }
        if (filter.getTo() != null) {
            jpql.append(" and e.occurredAt < :to");
            parameters.put("to", filter.getTo().plusDays(1).atStartOfDay(CommuneClock.ZONE).toInstant());
        }
        var query = em.createQuery(jpql.append(" order by e.occurredAt desc").toString(), AuditEvent.class)
                .setMaxResults(SEARCH_LIMIT + 1);
        parameters.forEach(query::setParameter);
        return query.getResultList().stream().map(e -> new HistoryRow(e.getOccurredAt(), e.getUsername(),
                e.getIpAddress(), null, e.getKind().name(), e.getSubject(), e.getKind().name(), e.getPetitionId(), null,
                e.getDetail(), false)).toList();
    }
}
