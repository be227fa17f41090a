package vn.dannguyen.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * What the database promises about a commit that was acknowledged: every table InnoDB, the redo log flushed
 * at each commit, the doublewrite buffer on, and where a binary log is kept, synced at each commit. Checked
 * at start; anything weaker is written to the server log as a warning for the operators (README: durability).
 */
@Singleton
@Startup
@PermitAll
public class DatabaseDurability {

    private static final Logger LOG = Logger.getLogger(DatabaseDurability.class.getName());

    @PersistenceContext
    EntityManager em;

    @PostConstruct
    void checkAtStart() {
        List<String> weaknesses = weaknesses();
        if (weaknesses.isEmpty()) {
            LOG.info("Database durability: every commit is flushed and synced (InnoDB)");
        } else {
            weaknesses.forEach(weakness -> LOG.warning("Database durability: " + weakness));
        }
    }

    /** What falls short of "an acknowledged commit survives a crash of the database or its machine". */
    public List<String> weaknesses() {
        List<String> weaknesses = new ArrayList<>();
        Object[] settings = (Object[]) em.createNativeQuery("select @@innodb_flush_log_at_trx_commit, @@innodb_doublewrite,"
                + " @@log_bin, @@sync_binlog").getSingleResult();
        if (!"1".equals(String.valueOf(settings[0]))) {
            weaknesses.add("innodb_flush_log_at_trx_commit is " + settings[0] + ", not 1: the last second of commits can be lost");
        }
        if (!"1".equals(String.valueOf(settings[1])) && !"ON".equalsIgnoreCase(String.valueOf(settings[1]))) {
            weaknesses.add("innodb_doublewrite is off: a torn page after a power cut cannot be repaired");
        }
        boolean binlog = "1".equals(String.valueOf(settings[2])) || "ON".equalsIgnoreCase(String.valueOf(settings[2]));
        if (binlog && !"1".equals(String.valueOf(settings[3]))) {
            weaknesses.add("sync_binlog is " + settings[3] + ", not 1: the binary log (replicas, point-in-time recovery) can lag");
        }
        Number notInnoDb = (Number) em.createNativeQuery("select count(*) from information_schema.tables where table_schema = database()"
                + " and table_type = 'BASE TABLE' and engine <> 'InnoDB'").getSingleResult();
        if (notInnoDb.longValue() > 0) {
            weaknesses.add(notInnoDb + " tables are not InnoDB: they are not transactional");
        }
        return weaknesses;
    }
}
