package vn.dannguyen.petition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleBooleanPredicateClausesCollector;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;

import vn.dannguyen.meeting.Meeting;
import vn.dannguyen.people.ActiveUser;
import vn.dannguyen.reference.Commune;
import vn.dannguyen.shared.BusinessException;
import vn.dannguyen.shared.CommuneClock;
import vn.dannguyen.shared.Jpa;
import vn.dannguyen.shared.Role;

/**
 * Reading petitions as the user may see them: one petition, its row, a meeting's, the list with its filters
 * and keyset paging, the accent-insensitive search, the similar petitions the counter suggests, the receipt.
 * Rows name a petitioner only to those the privacy rule lets know them ({@link PetitionerPrivacy}).
 */
@Stateless
@RolesAllowed({Role.Names.STAFF, Role.Names.LEADER, Role.Names.AUDITOR})
public class PetitionQueries {

    private static final String ROW_SELECT = "select new vn.dannguyen.petition.PetitionRow(p.id, p.trackingCode, p.receivedOn,"
            + " p.kind, p.channel, p.status, p.competence, c.nameVi, c.nameEn, v.name, p.content, p.timesRaised,"
            + " p.recurrenceOfId, p.anonymous, p.petitionerName)"
            + " from Petition p join p.category c left join p.village v";

    @PersistenceContext
    EntityManager em;

    @Inject
    CommuneClock clock;

    @Inject
    ActiveUser activeUser;

    @Inject
    PetitionerPrivacy privacy;

    /** What the walk-in receipt of a petition shows; {@code lookupUrl} is where citizens check it. */
    @RolesAllowed({Role.Names.STAFF, Role.Names.LEADER})
    public PetitionReceipt receipt(String trackingCode, String lookupUrl) {
        Petition petition = em.createQuery("select p from Petition p where p.trackingCode = :code", Petition.class)
                .setParameter("code", trackingCode).getResultStream().findFirst()
                .filter(p -> activeUser.mayAccessCommune(p.getCommuneId()))
                .orElseThrow(() -> new BusinessException("petition.error.notFound"));
        String communeName = em.find(Commune.class, petition.getCommuneId()).getName();
        String receivedBy = em.createQuery("select u.fullName from AppUser u where u.username = :username", String.class)
                .setParameter("username", petition.getCreatedBy()).getResultStream().findFirst().orElse(petition.getCreatedBy());
        String petitioner = privacy.namedOnReceipt(petition) ? petition.getPetitionerName() : null;
        if (petitioner != null) {
            privacy.shown(petition.getId(), petition.getTrackingCode(), "receipt");
        }
        return new PetitionReceipt(communeName, petition.getTrackingCode(), petition.getReceivedOn(), petition.getKind(),
                petition.getChannel(), petition.getCategory().getNameVi(),
                petition.getVillage() == null ? null : petition.getVillage().getName(), petitioner,
                petition.getContent(), receivedBy, lookupUrl);
    }

    /** A petition of a commune the user may see. */
    public Petition get(long id) {
        Petition petition = Jpa.readable(em, Petition.class, id, p -> activeUser.mayAccessCommune(p.getCommuneId()),
                "petition.error.notFound");
        return petition;
    }

    /** The row of one petition as the user may see it. */
    public PetitionRow row(long id) {
        get(id);
        PetitionRow row = em.createQuery(ROW_SELECT + " where p.id = :id", PetitionRow.class)
                .setParameter("id", id).getSingleResult();
        return row.masked(privacy.mayKnow(row.id(), row.kind()));
    }

    /** The petitions raised at a meeting, in the order they were entered. */
    public List<PetitionRow> ofMeeting(long meetingId) {
        Meeting meeting = Jpa.readable(em, Meeting.class, meetingId, m -> activeUser.mayAccessCommune(m.getCommuneId()),
                "meeting.error.notFound");
        return mask(em.createQuery(ROW_SELECT + " where p.meetingId = :meeting order by p.id", PetitionRow.class)
                .setParameter("meeting", meetingId).getResultList());
    }

    /**
     * A page of the list, seeking past {@code after} (null for the first page). Counts nothing: it
     * fetches one row more than asked to know whether another page follows.
     */
    public PetitionPage list(PetitionFilter filter, PetitionSort sort, PetitionPage.Cursor after, int pageSize) {
        scope(filter);
        if (filter.hasText()) {
            throw new IllegalArgumentException("text is searched with search()");
        }
        List<PetitionRow> rows = new ArrayList<>(filtered(filter, sort, after).setMaxResults(pageSize + 1).getResultList());
        boolean hasMore = rows.size() > pageSize;
        if (hasMore) {
            rows.remove(pageSize);
        }
        PetitionPage.Cursor last = rows.isEmpty() ? null : cursorOf(rows.get(rows.size() - 1), sort);
        return new PetitionPage(mask(rows), hasMore, last);
    }

    static PetitionPage.Cursor cursorOf(PetitionRow row, PetitionSort sort) {
        Comparable<?> value = sort == PetitionSort.MOST_RAISED ? Integer.valueOf(row.timesRaised()) : row.receivedOn();
        return new PetitionPage.Cursor(value, row.id());
    }

    /** Every row matching the filter (for export), in the order asked for, at most {@code limit}. */
    public List<PetitionRow> all(PetitionFilter filter, PetitionSort sort, int limit) {
        scope(filter);
        if (filter.hasText()) {
            return search(filter, sort, 0, limit).rows();
        }
        return mask(filtered(filter, sort, null).setMaxResults(limit).getResultList());
    }

    /** The rows matching the filter's fields (not its text), in the order asked for, past {@code after} if given. */
    private TypedQuery<PetitionRow> filtered(PetitionFilter filter, PetitionSort sort, PetitionPage.Cursor after) {
        StringBuilder jpql = new StringBuilder(ROW_SELECT).append(" where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        narrow(filter, jpql, parameters);
        if (after != null) {
            String beyond = sort.ascending ? ">" : "<";
            jpql.append(" and (").append(sort.column).append(' ').append(beyond).append(" :afterValue or (")
                    .append(sort.column).append(" = :afterValue and p.id ").append(beyond).append(" :afterId))");
            parameters.put("afterValue", after.value());
            parameters.put("afterId", after.id());
        }
        jpql.append(sort.orderBy());
        TypedQuery<PetitionRow> query = em.createQuery(jpql.toString(), PetitionRow.class);
        parameters.forEach(query::setParameter);
        return query;
    }

    private void narrow(PetitionFilter filter, StringBuilder jpql, Map<String, Object> parameters) {
        condition(jpql, parameters, "p.communeId = :commune", "commune", filter.getCommuneId());
        condition(jpql, parameters, "p.status = :status", "status", filter.getStatus());
        condition(jpql, parameters, "p.kind = :kind", "kind", filter.getKind());
        condition(jpql, parameters, "p.channel = :channel", "channel", filter.getChannel());
        condition(jpql, parameters, "p.categoryId = :category", "category", filter.getCategoryId());
        condition(jpql, parameters, "p.villageId = :village", "village", filter.getVillageId());
        condition(jpql, parameters, "p.cycleId = :cycle", "cycle", filter.getCycleId());
        condition(jpql, parameters, "p.receivedOn >= :from", "from", filter.getReceivedFrom());
        condition(jpql, parameters, "p.receivedOn <= :to", "to", filter.getReceivedTo());
        if (filter.isOverdue()) {
            jpql.append(" and p.deadlineOn < :today and p.status not in :done");
            parameters.put("today", clock.today());
            parameters.put("done", PetitionStatus.DONE);
        }
    }

    private static void condition(StringBuilder jpql, Map<String, Object> parameters, String clause, String name, Object value) {
        if (value != null) {
            jpql.append(" and ").append(clause);
            parameters.put(name, value);
        }
    }

    /** {@link #search(PetitionFilter, PetitionSort, int, int)}, best matches first. */
    public PetitionPage search(PetitionFilter filter, int offset, int pageSize) {
        return search(filter, PetitionSort.BEST_MATCH, offset, pageSize);
    }

    /**
     * Accent-insensitive full-text search through the Lucene index, in the order asked for, with the same
     * filters as the list. Words are all required; a phrase in quotes must appear as written.
     */
    public PetitionPage search(PetitionFilter filter, PetitionSort sort, int offset, int pageSize) {
        scope(filter);
        SearchSession search = Search.session(em);
        List<Long> ids = search.search(Petition.class)
                .select(f -> f.id(Long.class))
                .where((f, root) -> {
                    root.add(f.simpleQueryString().field("content").field("trackingCode")
                            .matching(filter.getText()).defaultOperator(org.hibernate.search.engine.search.common.BooleanOperator.AND));
                    narrow(filter, f, root);
                })
                .sort(f -> switch (sort) {
                    // The id last, as the list does: pages are read by offset, and ties left to Lucene would
                    // change order whenever a petition is indexed again or segments merge.
                    case NEWEST_FIRST -> f.field("receivedOn").desc().then().field("idSort").desc();
                    case OLDEST_FIRST -> f.field("receivedOn").asc().then().field("idSort").asc();
                    case MOST_RAISED -> f.field("timesRaised").desc().then().field("idSort").desc();
                    case BEST_MATCH -> f.score().then().field("receivedOn").desc().then().field("idSort").desc();
                })
                .fetchHits(offset, pageSize + 1);
        boolean hasMore = ids.size() > pageSize;
        List<Long> pageIds = hasMore ? ids.subList(0, pageSize) : ids;
        return new PetitionPage(rowsInOrder(pageIds), hasMore, null);
    }

    /**
     * Earlier petitions of the user's commune that look like {@code text}: first raisings only (a
     * recurrence links to its first raising), outside {@code currentCycleId}, best match first.
     */
    public List<PetitionRow> similar(String text, Long currentCycleId, int limit) {
        if (text == null || text.strip().length() < 12) {
            return List.of();
        }
        long communeId = activeUser.getCommuneId();
        List<Long> ids = Search.session(em).search(Petition.class)
                .select(f -> f.id(Long.class))
                .where((f, root) -> {
                    root.add(f.match().field("content").matching(text).minimumShouldMatchPercent(50));
                    root.add(f.match().field("communeId").matching(communeId));
                    root.add(f.not(f.exists().field("recurrenceOfId")));
                    if (currentCycleId != null) {
                        root.add(f.not(f.match().field("cycleId").matching(currentCycleId)));
                    }
                })
                .fetchHits(limit);
        return rowsInOrder(ids);
    }

    private void narrow(PetitionFilter filter, SearchPredicateFactory f, SimpleBooleanPredicateClausesCollector<?> root) {
        match(f, root, "communeId", filter.getCommuneId());
        match(f, root, "status", filter.getStatus());
        match(f, root, "kind", filter.getKind());
        match(f, root, "channel", filter.getChannel());
        match(f, root, "categoryId", filter.getCategoryId());
        match(f, root, "villageId", filter.getVillageId());
        match(f, root, "cycleId", filter.getCycleId());
        if (filter.getReceivedFrom() != null || filter.getReceivedTo() != null) {
            root.add(f.range().field("receivedOn").between(filter.getReceivedFrom(), filter.getReceivedTo()));
        }
        if (filter.isOverdue()) {
            root.add(f.range().field("deadlineOn").lessThan(clock.today()));
            for (PetitionStatus done : PetitionStatus.DONE) {
                root.add(f.not(f.match().field("status").matching(done)));
            }
        }
    }

    private static void match(SearchPredicateFactory f, SimpleBooleanPredicateClausesCollector<?> root, String field, Object value) {
        if (value != null) {
            root.add(f.match().field(field).matching(value));
        }
    }

    private List<PetitionRow> rowsInOrder(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, PetitionRow> byId = new HashMap<>();
        for (PetitionRow row : em.createQuery(ROW_SELECT + " where p.id in :ids", PetitionRow.class)
                .setParameter("ids", ids).getResultList()) {
            byId.put(row.id(), row);
        }
        List<PetitionRow> rows = new ArrayList<>(ids.size());
        for (Long id : ids) {
            PetitionRow row = byId.get(id);
            if (row != null) {
                rows.add(row);
            }
        }
        return mask(rows);
    }

    /** Users of one commune only ever read their commune, whatever the filter asked. */
    private void scope(PetitionFilter filter) {
        if (!activeUser.isProvinceWide()) {
            filter.setCommuneId(activeUser.getCommuneId());
        }
    }

    private List<PetitionRow> mask(List<PetitionRow> rows) {
        PetitionerPrivacy.Reader reader = privacy.reader();
        List<PetitionRow> masked = new ArrayList<>(rows.size());
        for (PetitionRow row : rows) {
            masked.add(row.masked(reader.mayKnow(row.id(), row.kind())));
        }
        return masked;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
