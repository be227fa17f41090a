package vn.dannguyen.shared;

import java.sql.SQLException;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;


/** Saving an edited record so that a concurrent edit or a duplicate is told to the user, not lost. */
public final class Jpa {

    private static final int ER_DUP_ENTRY = 1062;

    private Jpa() {
    }

    /**
     * Merges {@code entity} (carrying the version the user started from) and flushes at once, so a
     * newer version in the database surfaces here as {@link ConcurrentEditException} and a unique key
     * clash as a {@link BusinessException} with {@code duplicateKey}.
     */
    public static <T> T save(EntityManager em, T entity, boolean isNew, String duplicateKey) {
        try {
            T saved;
            if (isNew) {
                em.persist(entity);
                saved = entity;
            } else {
                saved = em.merge(entity);
            }
            em.flush();
            return saved;
        } catch (OptimisticLockException e) {
            throw new ConcurrentEditException();
        } catch (PersistenceException e) {
            if (isDuplicateKey(e)) {
                throw new BusinessException(duplicateKey);
            }
            throw e;
        }
    }

    /** MySQL and MariaDB report a unique key clash as error 1062 (ER_DUP_ENTRY). */
    public static boolean isDuplicateKey(Throwable thrown) {
        for (Throwable cause = thrown; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getErrorCode() == ER_DUP_ENTRY) {
                return true;
            }
        }
        return false;
    }
}
