package vn.dannguyen.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import vn.dannguyen.petition.PetitionerDisclosureAsked;
import vn.dannguyen.petition.PetitionerShown;

/** Records, as audit events, who was shown a petitioner and which auditor asked to be, and why. */
@ApplicationScoped
public class PetitionerEvents {

    @Inject
    AuditLog auditLog;

    void shown(@Observes PetitionerShown event) {
        auditLog.record(AuditEventKind.PERSONAL_DATA_VIEWED, null, event.petitionId(), event.trackingCode(), event.where());
    }

    void asked(@Observes PetitionerDisclosureAsked event) {
        auditLog.record(AuditEventKind.IDENTITY_DISCLOSURE_ASKED, null, event.petitionId(), event.trackingCode(),
                event.reason());
    }
}
