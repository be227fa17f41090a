package vn.dannguyen.audit.web;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Messages;

import vn.dannguyen.audit.AuditVerification;
import vn.dannguyen.audit.AuditVerifier;

/** /audit/verify: the auditor checks the hash chain and sees the first broken link, if any. */
@Named
@ViewScoped
public class AuditVerifyBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditVerifier verifier;

    private AuditVerification result;

    public void verify() {
        result = verifier.verify();
        if (result.intact()) {
            Messages.addGlobalInfo("audit.verify.intact", result.checkedLinks(), result.pendingRecords());
        } else {
            Messages.addGlobalError("audit.verify.broken", result.brokenSeq() == null ? "—" : result.brokenSeq(),
                    "audit.verify.problem." + result.problem());
            if (result.refId() != null) {
                Messages.addGlobalError("audit.verify.record", "audit.verify.kind." + result.kind(), result.refId());
            }
        }
    }

    public AuditVerification getResult() { return result; }
}
