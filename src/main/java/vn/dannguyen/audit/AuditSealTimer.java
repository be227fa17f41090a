package vn.dannguyen.audit;

import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/**
 * Seals pending audit records every DANNGUYEN_AUDIT_SEAL_SECONDS (default 60; 0 turns the timer off, as the
 * integration tests do so that no sealing runs while they tamper with rows), and on demand before a
 * verification. One run at a time (singleton write lock); after each run the new head is written to the anchor
 * file outside the database.
 */
@Singleton
@Startup
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditSealTimer {

    static final long DEFAULT_SECONDS = 60;

    @EJB
    AuditSealer sealer;

    @Resource
    TimerService timerService;

    @PostConstruct
    void start() {
        long seconds = interval();
        if (seconds > 0) {
            timerService.createIntervalTimer(seconds * 1000, seconds * 1000, new TimerConfig("audit-seal", false));
        }
    }

    private static long interval() {
        String configured = System.getenv("DANNGUYEN_AUDIT_SEAL_SECONDS");
        try {
            return configured == null || configured.isBlank() ? DEFAULT_SECONDS : Long.parseLong(configured.trim());
        } catch (NumberFormatException e) {
            return DEFAULT_SECONDS;
        }
    }

    @Timeout
    void onTimer() {
        sealAll();
    }

    /** Seals everything committed so far; returns the head if anything was sealed. */
    public Optional<AuditLink> sealAll() {
        Optional<AuditLink> head = Optional.empty();
        for (Optional<AuditLink> batch = sealer.sealBatch(); batch.isPresent(); batch = sealer.sealBatch()) {
            head = batch;
        }
        head.ifPresent(AuditAnchor.ofServer()::append);
        return head;
    }
}
