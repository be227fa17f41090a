package vn.dannguyen.audit;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import vn.dannguyen.people.ActiveUser;
import vn.dannguyen.petition.PetitionKind;
import vn.dannguyen.petition.PetitionQueries;
import vn.dannguyen.petition.PetitionRow;
import vn.dannguyen.petition.PetitionerPrivacy;
import vn.dannguyen.shared.PersonalData;
import vn.dannguyen.shared.Role;

/**
 * Read-only access to the history for auditors: the timeline of one petition with field-level differences
 * (Envers, {@link PetitionTimeline}), and a search over all changes and audit events of the auditor's commune
 * ({@link HistorySearch}). What the petitioner's privacy allows is decided here, for both.
 */
@Stateless
@RolesAllowed(Role.Names.AUDITOR)
public class AuditHistoryService {

    /** A search shows at most this many lines; the auditor narrows the filter for more. */
    public static final int SEARCH_LIMIT = 1000;

    private static final Predicate<HistoryRow> IS_PETITION_FILE =
            row -> "StoredFile".equals(row.record()) && row.petitionId() != null;

    @PersistenceContext
    EntityManager em;

    @Inject
    ActiveUser activeUser;

    @Inject
    PetitionQueries petitions;

    @Inject
    PetitionerPrivacy privacy;

    /** The kinds of record the search can be limited to: audited entities, then event kinds. */
    public static List<String> recordKinds() {
        return HistorySearch.recordKinds();
    }

    /**
     * Everything that happened to a petition and its records, oldest first. The petitioner's data (fields marked
     * {@link PersonalData}) is masked unless the reader may know the petitioner; shown unmasked, it is recorded.
     */
    public List<TimelineEntry> timeline(long petitionId) {
        PetitionRow petition = petitions.row(petitionId); // refuses a petition the auditor may not see
        FieldDifferences differences = new FieldDifferences(privacy.mayKnow(petitionId, petition.kind()));
        PetitionTimeline timeline = new PetitionTimeline(em);
        List<TimelineEntry> entries = timeline.changes(petitionId, differences);
        if (differences.showedPersonalData()) {
            privacy.shown(petitionId, petition.trackingCode(), "audit timeline");
        }
        // Read after the showing is recorded, so the timeline lists it too.
        entries.addAll(timeline.events(petitionId));
        PetitionTimeline.sort(entries);
        return entries;
    }

    /** Changes and events matching the filter, newest first, at most {@link #SEARCH_LIMIT}. */
    public List<HistoryRow> search(HistoryFilter filter) {
        return withFileNamesMasked(new HistorySearch(em, activeUser).rows(filter, SEARCH_LIMIT));
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
}
