package vn.dannguyen.petition;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Hands out the numbers in tracking codes (see {@link TrackingCodeFormat}), counted per commune and year. */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class TrackingCodes {

    @PersistenceContext
    EntityManager em;

    /**
     * Reserves {@code count} consecutive numbers for the commune and year and returns the first. The
     * counter row stays locked until the caller's transaction ends, so numbers are never handed out twice.
     */
    public int reserve(long communeId, int year, int count) {
        // LAST_INSERT_ID(expr) makes the new value readable on this connection, both for a new row and an update.
        em.createNativeQuery("INSERT INTO tracking_sequence (commune_id, year, last_value) VALUES (?1, ?2, LAST_INSERT_ID(?3))"
                        + " ON DUPLICATE KEY UPDATE last_value = LAST_INSERT_ID(last_value + ?3)")
                .setParameter(1, communeId).setParameter(2, year).setParameter(3, count).executeUpdate();
        int last = ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).intValue();
        return last - count + 1;
    }
}
