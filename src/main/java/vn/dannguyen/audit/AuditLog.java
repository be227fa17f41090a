package vn.dannguyen.audit;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Writes audit events. Each is kept in its own transaction: a refused sign-in or a page view is recorded even
 * when nothing else commits.
 */
@Stateless
@PermitAll
public class AuditLog {

    @PersistenceContext
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(AuditEventKind kind, String username, Long petitionId, String subject, String detail) {
        em.persist(new AuditEvent(kind, username == null ? AuditCaller.name() : username, petitionId, subject, detail,
                AuditCaller.address()));
    }

    /** An event by the current caller. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(AuditEventKind kind, Long petitionId, String subject) {
        em.persist(new AuditEvent(kind, AuditCaller.name(), petitionId, subject, null, AuditCaller.address()));
    }
}
