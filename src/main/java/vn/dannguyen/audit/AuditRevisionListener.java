package vn.dannguyen.audit;

import org.hibernate.envers.RevisionListener;

/** Stamps each revision with the signed-in caller (or "system" for timers and start-up work) and their address. */
public class AuditRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        AuditRevision revision = (AuditRevision) revisionEntity;
        revision.setUsername(AuditCaller.name());
        revision.setIpAddress(AuditCaller.address());
    }
}
