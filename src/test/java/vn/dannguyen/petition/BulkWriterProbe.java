package vn.dannguyen.petition;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ValidatorFactory;

/** Runs {@link PetitionBulkWriter} in a transaction of its own, with the ids read one way or the other, for tests. */
@Stateless
public class BulkWriterProbe {

    @PersistenceContext
    EntityManager em;

    @Inject
    ValidatorFactory validation;

    /** The way the writer reads ids on this database server when no test chooses it. */
    public String serversWay() {
        return em.unwrap(org.hibernate.Session.class).doReturningWork(PetitionBulkWriter.IdsFrom::of).name();
    }

    /** Writes the petitions as the import does and gives each petition's id with its tracking code. */
    public Map<Long, String> write(List<Petition> petitions, boolean idsByTrackingCode) {
        new PetitionBulkWriter(em, validation, idsByTrackingCode ? PetitionBulkWriter.IdsFrom.TRACKING_CODES
                : PetitionBulkWriter.IdsFrom.GENERATED_KEYS).write(petitions, written -> { });
        return petitions.stream().collect(Collectors.toMap(Petition::getId, Petition::getTrackingCode));
    }
}
