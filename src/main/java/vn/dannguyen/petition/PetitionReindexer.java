package vn.dannguyen.petition;

import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.Session;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;

/**
 * Indexes given petitions again, replacing what the index holds for them. Unlike a mass indexer started
 * without purging, which adds documents and so leaves the old copy of each petition beside the new one,
 * the indexing plan updates in place. One transaction per call: the plan runs when it commits.
 */
@Stateless
public class PetitionReindexer {

    @PersistenceContext
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int reindex(List<Long> ids) {
        SearchIndexingPlan plan = Search.session(em).indexingPlan();
        int found = 0;
        for (Petition petition : em.unwrap(Session.class).byMultipleIds(Petition.class).multiLoad(ids)) {
            if (petition != null) {
                plan.addOrUpdate(petition);
                found++;
            }
        }
        return found;
    }
}
