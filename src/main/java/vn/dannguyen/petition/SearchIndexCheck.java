package vn.dannguyen.petition;

import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;

/**
 * At start-up, rebuilds the search index when it does not hold exactly the petitions of the database
 * (a new server against an existing database, a restored backup, a lost index directory). Every change
 * after that is indexed in the transaction that makes it.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchIndexCheck {

    private static final Logger LOG = Logger.getLogger(SearchIndexCheck.class.getName());

    @PersistenceContext
    EntityManager em;

    @PostConstruct
    void rebuildWhenOutOfStep() {
        SearchSession search = Search.session(em);
        long indexed = search.search(Petition.class).where(f -> f.matchAll()).fetchTotalHitCount();
        long stored = em.createQuery("select count(p) from Petition p", Long.class).getSingleResult();
        if (indexed == stored) {
            return;
        }
        LOG.warning(() -> "Search index holds " + indexed + " petitions, the database " + stored + ": rebuilding the index");
        // Runs in the background, so start-up is not held up; searches are incomplete until it logs completion.
        search.massIndexer(Petition.class).threadsToLoadObjects(1).batchSizeToLoadObjects(500).start()
                .whenComplete((done, failure) -> {
                    if (failure != null) {
                        LOG.severe(() -> "Rebuilding the search index failed: " + failure);
                    } else {
                        LOG.info("Search index rebuilt");
                    }
                });
    }
}
