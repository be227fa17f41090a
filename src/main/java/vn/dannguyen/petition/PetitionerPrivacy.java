package vn.dannguyen.petition;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import vn.dannguyen.people.ActiveUser;
import vn.dannguyen.shared.BusinessException;
import vn.dannguyen.shared.Jpa;
import vn.dannguyen.shared.Role;

/**
 * The one rule for who may know who raised a petition (Personal Data Protection Law; Law on Denunciation
 * 2018 art. 47): staff and leaders of the commune know a petitioner, since they must answer them; a
 * denouncer only the leaders who handle the denunciation; the public nobody; an auditor nobody, unless they
 * ask to know one petition's petitioner for an inspection, giving a reason, which is itself recorded and
 * holds for their session. The petitioner's name and contact, and the petition's files, are shown only under
 * this rule (fields marked {@link vn.dannguyen.shared.PersonalData}), and every showing of them unmasked is
 * recorded with its petition ({@link PetitionerShown}); a masked showing is not.
 */
@ApplicationScoped
public class PetitionerPrivacy {

    /** An inspection request says why in at least this many characters. */
    public static final int REASON_MIN = 10;
    public static final int REASON_MAX = 500;

    @Inject
    ActiveUser activeUser;

    @Inject
    InspectionDisclosures disclosures;

    @Inject
    Event<PetitionerShown> shown;

    @Inject
    Event<PetitionerDisclosureAsked> asked;

    @PersistenceContext
    EntityManager em;

    public static boolean mayKnowPetitioner(PetitionKind kind, Set<Role> roles, boolean askedForInspection) {
        if (askedForInspection && roles.contains(Role.AUDITOR)) {
            return true;
        }
        if (kind.protectsIdentity()) {
            return roles.contains(Role.LEADER);
        }
        return roles.contains(Role.STAFF) || roles.contains(Role.LEADER);
    }

    /** The rule for the signed-in user, to apply to many petitions at once (a list). */
    public Reader reader() {
        Set<Role> roles = activeUser.getRoles();
        return new Reader(roles, roles.contains(Role.AUDITOR) ? disclosures.petitionIds(activeUser.getUsername()) : Set.of());
    }

    /** Whether the signed-in user may know who raised this petition. */
    public boolean mayKnow(long petitionId, PetitionKind kind) {
        return reader().mayKnow(petitionId, kind);
    }

    /**
     * Whether a receipt names its petitioner: it goes to them, on paper that may be left anywhere, so never a
     * denouncer (whoever prints it) and only for a reader who may know them.
     */
    boolean namedOnReceipt(Petition petition) {
        return !petition.isAnonymous() && !petition.getKind().protectsIdentity()
                && mayKnow(petition.getId(), petition.getKind());
    }

    /** The rule with the reader's roles and inspections taken once. */
    public record Reader(Set<Role> roles, Set<Long> askedForInspection) {

        public boolean mayKnow(long petitionId, PetitionKind kind) {
            return mayKnowPetitioner(kind, roles, askedForInspection.contains(petitionId));
        }
    }

    /** Records that the signed-in user was shown who raised a petition ({@code where}: the page or file). */
    public void shown(long petitionId, String trackingCode, String where) {
        shown.fire(new PetitionerShown(petitionId, trackingCode, where));
    }

    /**
     * An auditor asks to know who raised one petition, for an inspection: recorded with the reason, then the
     * petitioner is shown to them (each showing recorded too) until they sign out.
     */
    public void askForInspection(long petitionId, String reason) {
        if (!activeUser.getRoles().contains(Role.AUDITOR)) {
            throw new BusinessException("petition.error.notFound");
        }
        Petition petition = Jpa.readable(em, Petition.class, petitionId, p -> activeUser.mayAccessCommune(p.getCommuneId()),
                "petition.error.notFound");
        String why = reason == null ? "" : reason.strip();
        if (why.length() < REASON_MIN) {
            throw new BusinessException("petition.disclosure.error.reason", REASON_MIN);
        }
        asked.fire(new PetitionerDisclosureAsked(petitionId, petition.getTrackingCode(),
                why.length() > REASON_MAX ? why.substring(0, REASON_MAX) : why));
        disclosures.add(activeUser.getUsername(), petitionId);
    }
}
