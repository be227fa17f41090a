package vn.dannguyen.petition;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;

/**
 * At start-up, brings the search index in step with the database.
 * <ul>
 * <li>When the index does not hold exactly the petitions of the database (a new server against an existing
 * database, a restored backup, a lost index directory), it is rebuilt.</li>
 * <li>Otherwise the petitions changed in the last {@link #CATCH_UP} before the latest change are indexed
 * again. Changes are indexed with {@code read-sync} (persistence.xml): each transaction waits until its change
 * is searchable, but the index files are committed to disk about once a second. An unclean stop (power cut,
 * SIGKILL) can therefore lose the last second of index updates, which the count alone would not notice
 * when they were edits; this catch-up puts them back. See docs/benchmarks/dashboard-and-read-sync.md,
 * "Durability of the search index".</li>
 * </ul>
 * The rebuild runs in the background, so start-up is not held up; the catch-up is waited for. Both log when done.
 * The catch-up updates documents through the indexing plan: a mass indexer without purge would add a second copy.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchIndexCheck {

    private static final Logger LOG = Logger.getLogger(SearchIndexCheck.class.getName());

    /**
     * How far back from the latest change the catch-up reaches: far more than the index commit interval
     * (1 s) plus the longest transaction (the 300 s transaction timeout), whose changes are stamped when
     * flushed but indexed when committed.
     */
    static final Duration CATCH_UP = Duration.ofMinutes(10);

    /** Petitions re-indexed per transaction by the catch-up. */
    private static final int CATCH_UP_BATCH = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    PetitionReindexer reindexer;

    @PostConstruct
    void bringIntoStep() {
        SearchSession search = Search.session(em);
        long indexed = search.search(Petition.class).where(f -> f.matchAll()).fetchTotalHitCount();
        long stored = em.createQuery("select count(p) from Petition p", Long.class).getSingleResult();
        // Documents written before a field was added to the mapping lack it; the newest such field tells.
        long current = search.search(Petition.class).where(f -> f.exists().field("idSort")).fetchTotalHitCount();
        if (indexed != stored || current != indexed) {
            LOG.warning(() -> "Search index holds " + indexed + " petitions (" + current + " in the current form), the database "
                    + stored + ": rebuilding the index");
            // Searches are incomplete until it logs completion.
            search.massIndexer(Petition.class).threadsToLoadObjects(1).batchSizeToLoadObjects(500).start()
                    .whenComplete((done, failure) -> {
                        if (failure != null) {
                            LOG.severe(() -> "Rebuilding the search index failed: " + failure);
                        } else {
                            LOG.info("Search index rebuilt");
                        }
                    });
            return;
        }
        Instant latest = em.createQuery("select max(p.updatedAt) from Petition p", Instant.class).getSingleResult();
        if (latest == null) {
            return;
        }
        // Waited for (a few seconds): requests are served only once the deployment is up, so no user's change
        // can be overwritten by an older copy the catch-up loaded.
        try {
            catchUp(latest.minus(CATCH_UP));
        } catch (RuntimeException failed) {
            LOG.severe(() -> "The search index could not catch up at start-up: " + failed);
        }
    }

    /**
     * Indexes again the petitions changed since {@code since}, replacing their documents (never adding a second
     * copy, which would make the next start-up's count differ and rebuild the whole index); returns how many.
     */
    public int catchUp(Instant since) {
        // Index-only through ix_petition_updated (V12).
        List<Long> ids = em.createQuery("select p.id from Petition p where p.updatedAt >= :since order by p.id", Long.class)
                .setParameter("since", since).getResultList();
        int indexed = 0;
        for (int from = 0; from < ids.size(); from += CATCH_UP_BATCH) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + CATCH_UP_BATCH));
            try {
                indexed += reindexer.reindex(batch);
            } catch (RuntimeException failed) {
                // The other batches still count; a rebuild (/bench/reindex, or a count that differs) repairs this one.
                LOG.severe(() -> "Re-indexing petitions " + batch.get(0) + " to " + batch.get(batch.size() - 1) + " failed: " + failed);
            }
        }
        int done = indexed;
        LOG.info(() -> "Search index caught up: " + done + " petitions changed since " + since + " indexed again");
        return done;
    }
}
