package vn.dannguyen.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.hibernate.envers.RevisionType;

import vn.dannguyen.people.ActiveUser;
import vn.dannguyen.shared.CommuneClock;

/**
 * The auditor's search over all changes (every {@link AuditedTable}, read in one native union) and audit events,
 * within the auditor's commune unless they are province-wide, for {@link AuditHistoryService}.
 */
final class HistorySearch {

    private final EntityManager em;
    private final ActiveUser activeUser;

    HistorySearch(EntityManager em, ActiveUser activeUser) {
        this.em = em;
        this.activeUser = activeUser;
    }

    /** The kinds of record the search can be limited to: audited entities, then event kinds. */
    static List<String> recordKinds() {
        List<String> kinds = new ArrayList<>(AuditedTable.ALL.stream().map(AuditedTable::entity).toList());
        for (AuditEventKind kind : AuditEventKind.values()) {
            kinds.add(kind.name());
        }
        return kinds;
    }

    /** Changes and events matching the filter, newest first, at most {@code limit}. */
    List<HistoryRow> rows(HistoryFilter filter, int limit) {
        Long petitionId = petitionOf(filter);
        if (petitionId != null && petitionId < 0) {
            return new ArrayList<>();
        }
        List<HistoryRow> rows = new ArrayList<>();
        boolean eventsOnly = filter.getRecord() != null && isEventKind(filter.getRecord());
        if (!eventsOnly) {
            rows.addAll(changes(filter, petitionId, limit));
        }
        boolean changesOnly = filter.getRecord() != null && !isEventKind(filter.getRecord());
        if (!changesOnly) {
            rows.addAll(events(filter, petitionId, limit));
        }
        rows.sort(Comparator.comparing(HistoryRow::at).reversed());
        return rows.size() > limit ? new ArrayList<>(rows.subList(0, limit)) : rows;
    }

    private static boolean isEventKind(String record) {
        for (AuditEventKind kind : AuditEventKind.values()) {
            if (kind.name().equals(record)) {
                return true;
            }
        }
        return false;
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

    private List<HistoryRow> changes(HistoryFilter filter, Long petitionId, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        List<String> parts = new ArrayList<>();
        for (AuditedTable table : AuditedTable.ALL) {
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
                + ") h order by 1 desc limit " + (limit + 1));
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

    private List<HistoryRow> events(HistoryFilter filter, Long petitionId, int limit) {
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
                .setMaxResults(limit + 1);
        parameters.forEach(query::setParameter);
        return query.getResultList().stream().map(e -> new HistoryRow(e.getOccurredAt(), e.getUsername(),
                e.getIpAddress(), null, e.getKind().name(), e.getSubject(), e.getKind().name(), e.getPetitionId(), null,
                e.getDetail(), false)).toList();
    }
}
