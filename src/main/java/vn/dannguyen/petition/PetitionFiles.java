package vn.dannguyen.petition;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import vn.dannguyen.attachment.AttachmentReadRule;
import vn.dannguyen.attachment.StoredFile;

/**
 * A petition's files tell who raised it as well as its name does (a letter, a photo of the family): they are
 * read, and their names shown, only by those who may know the petitioner ({@link PetitionerPrivacy}).
 */
@ApplicationScoped
public class PetitionFiles implements AttachmentReadRule {

    @Inject
    PetitionerPrivacy privacy;

    @PersistenceContext
    EntityManager em;

    @Override
    public boolean mayRead(StoredFile file) {
        if (file.getPetitionId() == null) {
            return true;
        }
        Petition petition = em.find(Petition.class, file.getPetitionId());
        return petition != null && privacy.mayKnow(petition.getId(), petition.getKind());
    }

    @Override
    public void reading(StoredFile file) {
        if (file.getPetitionId() != null) {
            Petition petition = em.find(Petition.class, file.getPetitionId());
            privacy.shown(petition.getId(), petition.getTrackingCode(), "file " + file.getId());
        }
    }
}
