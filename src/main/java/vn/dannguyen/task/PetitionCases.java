package vn.dannguyen.task;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import vn.dannguyen.attachment.AttachmentService;
import vn.dannguyen.petition.Petition;
import vn.dannguyen.petition.PetitionKind;
import vn.dannguyen.petition.PetitionQueries;
import vn.dannguyen.petition.PetitionRow;
import vn.dannguyen.petition.PetitionerPrivacy;
import vn.dannguyen.shared.Role;

/** Reads the petition page's {@link PetitionCase} in one call, so what it shows is one consistent snapshot. */
@Stateless
@RolesAllowed({Role.Names.STAFF, Role.Names.LEADER, Role.Names.AUDITOR})
public class PetitionCases {

    @Inject
    PetitionQueries petitions;

    @Inject
    PetitionerPrivacy privacy;

    @Inject
    TaskQueries tasks;

    @Inject
    TaskProgressService progress;

    @Inject
    AttachmentService attachments;

    /** The page as it opens: an unmasked petitioner on it is a showing of personal data, and recorded. */
    public PetitionCase open(long id) {
        PetitionCase opened = of(id);
        if (opened.petition().petitioner() != null) {
            privacy.shown(id, opened.petition().trackingCode(), "petition page");
        }
        return opened;
    }

    /** The page after a step: the same reading, not another showing. */
    public PetitionCase of(long id) {
        PetitionRow row = petitions.row(id);
        Petition petition = petitions.get(id);
        // The row names the petitioner only to a reader the privacy rule lets know them; the contact follows it,
        // except a denouncer's, which the page never shows (the Law on Denunciation protects who they are).
        PetitionCase.Contact contact = row.petitioner() == null || row.kind() == PetitionKind.DENUNCIATION ? null
                : new PetitionCase.Contact(petition.getPetitionerPhone(), petition.getPetitionerAddress(), petition.getPetitionerEmail());
        return new PetitionCase(row, privacy.mayKnow(id, row.kind()), contact, tasks.row(id),
                new PetitionCase.Answer(petition.getAnswerText(), petition.getAnswerResult(), petition.getExpectedOn()),
                tasks.history(id), attachments.ofPetition(id).stream().filter(file -> file.getNoteId() == null).toList(),
                tasks.forwardings(id), progress.notes(id), progress.roadmap(id));
    }
}
