package vn.dannguyen.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import vn.dannguyen.people.SignInEvent;
import vn.dannguyen.petition.PetitionerDisclosureAsked;
import vn.dannguyen.petition.PetitionerShown;
import vn.dannguyen.shared.Exported;

/**
 * Records, as audit events, what the features below announce as CDI events where it happens: sign-ins,
 * who was shown a petitioner, which auditor asked to be and why, and what left the system as a file.
 */
@ApplicationScoped
public class AccessEvents {

    @Inject
    AuditLog auditLog;

    void signIn(@Observes SignInEvent event) {
        switch (event.outcome()) {
            case SIGNED_IN -> auditLog.record(AuditEventKind.SIGN_IN, event.username(), null, null, null);
            case REFUSED -> auditLog.record(AuditEventKind.SIGN_IN_FAILED, event.username(), null, null, event.reason());
            case SIGNED_OUT -> auditLog.record(AuditEventKind.SIGN_OUT, null, null);
        }
    }

    void shown(@Observes PetitionerShown event) {
        auditLog.record(AuditEventKind.PERSONAL_DATA_VIEWED, null, event.petitionId(), event.trackingCode(), event.where());
    }

    void asked(@Observes PetitionerDisclosureAsked event) {
        auditLog.record(AuditEventKind.IDENTITY_DISCLOSURE_ASKED, null, event.petitionId(), event.trackingCode(),
                event.reason());
    }

    void exported(@Observes Exported event) {
        auditLog.record(AuditEventKind.EXPORTED, null, event.what());
    }
}
