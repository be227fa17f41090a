package vn.dannguyen.attachment;

import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/**
 * Empties the pending-uploads folder when the application starts: sessions do not outlive the server, so a
 * file still there was left by a stop that gave its session no chance to end (a crash, SIGKILL). This assumes
 * one server per files directory, as the backup does.
 */
@Singleton
@Startup
@PermitAll
public class PendingUploadSweep {

    private static final Logger LOG = Logger.getLogger(PendingUploadSweep.class.getName());

    @Inject
    FileStore fileStore;

    @PostConstruct
    void sweep() {
        int deleted = fileStore.clearPending();
        if (deleted > 0) {
            LOG.info(() -> "Deleted " + deleted + " pending uploads left by the last run");
        }
    }
}
