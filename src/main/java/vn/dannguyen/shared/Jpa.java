package vn.dannguyen.shared;

import java.sql.SQLException;
import java.util.function.Predicate;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PessimisticLockException;


/**
 * Changing what the user saw, so that a concurrent edit or a duplicate is told to the user, never lost. One rule
 * everywhere: the change starts from the version the user saw ({@link Seen}, or the version carried by an edited
 * record), and a newer version in the database refuses it with {@link ConcurrentEditException}.
 * <ul>
 * <li>{@link #current}: a record to act on (a workflow step, a council member added): locked, then compared;</li>
 * <li>{@link #touch}: a change that hangs off a record (a session of a case) moves the record's version on;</li>
 * <li>{@link #save}: a whole record edited in a form and merged with the version it carries;</li>
 * <li>{@link #flush}: writes at once, so a clash surfaces in the service, not at commit.</li>
 * </ul>
 */
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

    /**
     * The record to change, locked until the transaction ends, and refused if someone changed it since the user saw
     * it. Locking first makes two people changing it queue here, before either writes anything that hangs off it:
     * the second then sees the new version and is told, instead of the two deadlocking over the child rows.
     *
     * @param mayChange whether the caller may change this record (e.g. it is of their own commune); if not, it is
     *                  not found, so nothing is revealed
     * @param notFoundKey the message key for an unknown record or one the caller may not change
     */
    public static <T extends Versioned> T current(EntityManager em, Class<T> type, Seen seen, Predicate<T> mayChange,
                                                  String notFoundKey) {
        T found;
        try {
            found = em.find(type, seen.id(), LockModeType.PESSIMISTIC_WRITE);
        } catch (PessimisticLockException | LockTimeoutException | OptimisticLockException busy) {
            throw new ConcurrentEditException();
        }
        if (found == null || !mayChange.test(found)) {
            throw new BusinessException(notFoundKey);
        }
        if (found.getVersion() != seen.version()) {
            throw new ConcurrentEditException();
        }
        return found;
    }

    /**
     * A record the caller may read; an unknown one and one they may not see get the same answer, so nothing is
     * revealed.
     */
    public static <T> T readable(EntityManager em, Class<T> type, Object id, Predicate<T> mayRead, String notFoundKey) {
        T found = em.find(type, id);
        if (found == null || !mayRead.test(found)) {
            throw new BusinessException(notFoundKey);
        }
        return found;
    }

    /** A change to what hangs off {@code entity} is a change to it: its version moves on at once. */
    public static void touch(EntityManager em, Object entity) {
        try {
            em.lock(entity, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        } catch (OptimisticLockException e) {
            throw new ConcurrentEditException();
        }
    }

    /** Writes now, so that a concurrent commit since the version check is refused here, not lost. */
    public static void flush(EntityManager em) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentEditException();
        }
    }

    /** A record that carries the version it was read at (JPA's {@code @Version}). */
    public interface Versioned {
        long getVersion();
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
