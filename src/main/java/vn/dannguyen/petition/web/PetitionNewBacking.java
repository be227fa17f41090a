package vn.dannguyen.petition.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Messages;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;

import vn.dannguyen.attachment.PendingUploads;
import vn.dannguyen.attachment.Upload;
import vn.dannguyen.people.ActiveUser;
import vn.dannguyen.petition.Channel;
import vn.dannguyen.petition.Competence;
import vn.dannguyen.petition.Petition;
import vn.dannguyen.petition.PetitionKind;
import vn.dannguyen.petition.PetitionQueries;
import vn.dannguyen.petition.PetitionRow;
import vn.dannguyen.petition.PetitionService;
import vn.dannguyen.petition.SubmissionKeyTakenException;
import vn.dannguyen.petition.SubmissionKeys;
import vn.dannguyen.reference.Category;
import vn.dannguyen.reference.ReferenceDataService;
import vn.dannguyen.reference.Village;
import vn.dannguyen.shared.BusinessException;
import vn.dannguyen.shared.CommuneClock;

/**
 * /petition/new: a petition brought to the service-centre counter, phoned in, written or sent online.
 * While the clerk types, earlier petitions that look the same are offered for linking.
 */
@Named
@ViewScoped
public class PetitionNewBacking implements Serializable {

    private static final Logger LOG = Logger.getLogger(PetitionNewBacking.class.getName());

    private static final long serialVersionUID = 1L;
    /** Files one petition may bring from the counter. */
    static final int MAX_ATTACHMENTS = 10;
    /** Channels of this page; meeting petitions are entered on the meeting's page. */
    private static final List<Channel> CHANNELS = List.of(Channel.COUNTER, Channel.HOTLINE, Channel.LETTER, Channel.ONLINE);

    @Inject
    CommuneClock clock;

    @Inject
    PetitionService petitions;

    @Inject
    PetitionQueries petitionQueries;

    @Inject
    ReferenceDataService referenceData;

    @Inject
    ActiveUser activeUser;

    @Inject
    PendingUploads pendingUploads;

    private Petition petition;
    private Long earlierPetitionId;
    private List<PetitionRow> similar = List.of();
    private PetitionRow recorded;
    /** The key this view issued; a different one came back from a draft kept in the browser. */
    private String issuedKey;
    private String savedKey;
    private List<Category> categories;
    private List<Village> villages;
    private final List<Upload> attachments = new ArrayList<>();
    /** The form on the page was last drawn with validation errors, which only drawing it again removes. */
    private boolean formShowsErrors;
    /** The day the date picker was last drawn on: its latest selectable date. */
    private LocalDate receivedOnDrawnOn;

    @PostConstruct
    void init() {
        categories = referenceData.categories().stream().filter(Category::isActive).toList();
        villages = referenceData.villages(activeUser.getCommuneId()).stream().filter(Village::isActive).toList();
        freshForm();
        receivedOnDrawnOn = petition.getReceivedOn();
    }

    /** A fresh form (and a fresh submission key, so a resent form is recognised). */
    private void freshForm() {
        petition = new Petition();
        petition.setChannel(Channel.COUNTER);
        petition.setReceivedOn(clock.today());
        issuedKey = SubmissionKeys.fresh();
        petition.setSubmissionKey(issuedKey);
        earlierPetitionId = null;
        pendingUploads.discard(attachments);
        attachments.clear();
        similar = List.of();
    }

    /**
     * Called as the intake form is submitted, before it is validated: the clerk has moved on from the
     * petition last recorded, so a refused save must not bring its panel back.
     */
    public void forgetRecorded() {
        recorded = null;
    }

    /** A refused form is drawn again with its errors beside the fields (the save button itself draws only the panel). */
    public void redrawRefusedForm() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context.isValidationFailed()) {
            formShowsErrors = true;
            PrimeFaces.current().ajax().update("intake");
            receivedOnDrawnOn = getToday();
        }
    }

    /** Draws the whole form when it shows a refusal's marks beside its fields, which only a new drawing removes. */
    private boolean redrawIfItShowsErrors() {
        if (!formShowsErrors) {
            return false;
        }
        formShowsErrors = false;
        PrimeFaces.current().ajax().update("intake");
        receivedOnDrawnOn = getToday();
        return true;
    }

    /**
     * Suggestions while the clerk types. They are a help, not the work: when the database cannot be reached
     * there are none, and the form stays as typed (an error page would lose it, see save()).
     */
    public void suggestSimilar() {
        try {
            similar = petitionQueries.similar(petition.getContent(), null, 5);
        } catch (RuntimeException failure) {
            if (!databaseUnreachable(failure)) {
                throw failure;
            }
            LOG.log(Level.FINE, "No similar petitions suggested: the database cannot be reached", failure);
            similar = List.of();
        }
    }

    public void linkTo(long earlierId) {
        earlierPetitionId = earlierId;
    }

    public void unlink() {
        earlierPetitionId = null;
    }

    /**
     * Keeps an attached file (on disk, see PendingUploads) until the petition is saved; a file that would be
     * refused is refused now, with a message, and so is one past the session's limit.
     */
    public void attach(FileUploadEvent event) {
        if (attachments.size() >= MAX_ATTACHMENTS) {
            Messages.addGlobalError("attachment.error.tooMany", MAX_ATTACHMENTS);
            return;
        }
        attachments.add(pendingUploads.keepAttachment(event.getFile()));
    }

    public void detach(int index) {
        pendingUploads.discard(attachments.remove(index));
    }

    /** The view ends (with its session, or as one of too many views open): its unsaved files go. */
    @PreDestroy
    void discardAttachments() {
        try {
            pendingUploads.discard(attachments);
        } catch (ContextNotActiveException sessionGone) {
            // Ended with the session, whose own end deletes them (PendingUploads).
        }
    }

    /**
     * Records the petition. When the database cannot be reached the form stays as typed, with the same
     * submission key: pressing "save" again records it once, even if the first attempt did commit and only
     * its answer was lost.
     */
    public void save() {
        // The browser forgets its draft by the key it sent, even one replaced here.
        String postedKey = petition.getSubmissionKey();
        Petition saved;
        PetitionRow row;
        boolean savedBefore;
        try {
            // A draft restored after a lost answer may have been saved already; the service then returns that one.
            SubmissionKeys.Resolved key = SubmissionKeys.resolve(issuedKey, postedKey, petition, petitions::findBySubmissionKey);
            petition.setSubmissionKey(key.key());
            savedBefore = key.savedBefore();
            saved = petitions.record(petition.copyOfInput(), earlierPetitionId, List.copyOf(attachments));
            // Read back in the same attempt: when the database goes away right after the commit, this is the
            // answer that was lost, and pressing save again shows the petition already recorded.
            row = petitionQueries.row(saved.getId());
        } catch (SubmissionKeyTakenException taken) {
            // The key came from a form kept in this browser for another commune: this form gets a key of its own,
            // so saving it again records it. Everything typed stays.
            issuedKey = SubmissionKeys.fresh();
            petition.setSubmissionKey(issuedKey);
            if (!redrawIfItShowsErrors()) {
                PrimeFaces.current().ajax().update("intake:submissionKey");
            }
            throw taken;
        } catch (BusinessException refused) {
            // Shown as a message at the top; marks left beside fields by an earlier refusal go with a new drawing.
            redrawIfItShowsErrors();
            throw refused;
        } catch (RuntimeException failure) {
            if (!databaseUnreachable(failure)) {
                throw failure;
            }
            LOG.log(Level.WARNING, "Petition not saved, the clerk is asked to save again", failure);
            Messages.addGlobalError("petition.error.saveFailed");
            redrawIfItShowsErrors();
            return;
        }
        recorded = row;
        savedKey = postedKey;
        Messages.addGlobalInfo(savedBefore ? "petition.new.savedBefore" : "petition.new.saved", saved.getTrackingCode());
        boolean anonymousSaved = petition.isAnonymous();
        freshForm();
        // The next petition's form is the one on the page: the browser puts back the values it was first drawn with
        // (petition-new.js, drafts.js), and the answer carries only what the browser cannot know: the next key,
        // today's date (beside the "next" button), the emptied suggestions and attachments, and the name fields when
        // an anonymous petition took them. Drawing the whole form again was half of a save's CPU
        // (docs/benchmarks/save-draws-no-form.md). Errors shown beside its fields are gone only when it is drawn
        // again.
        // Every input this save processed let go of its value when the model took it. Only the name fields may not
        // have been processed (hidden while the petition was anonymous, as the server last knew it), and keep what a
        // refused save sent them: cleared here, they draw the fresh petition. After freshForm(), which shows them again:
        // the reset passes over inputs not drawn. (Resetting the whole form visited all of it on every save.)
        PrimeFaces.current().resetInputs("intake:petitionerFields");
        if (!redrawIfItShowsErrors()) {
            PrimeFaces.current().ajax().update("intake:submissionKey", "intake:similar", "intake:attachedFiles");
            if (!petition.getReceivedOn().equals(receivedOnDrawnOn)) {
                // A new day since the picker was drawn: drawn again, today becomes selectable. (Drawing it on every
                // save was 3 % of a save's CPU, docs/benchmarks/save-cpu-and-targets-again.md.)
                PrimeFaces.current().ajax().update("intake:receivedOn");
                receivedOnDrawnOn = petition.getReceivedOn();
            }
            if (anonymousSaved) {
                // The name fields were taken off the page; they come back drawn, with the switch off.
                PrimeFaces.current().ajax().update("intake:anonymous", "intake:petitionerFields");
            }
        }
    }

    /** The database or the connection to it failed (as opposed to a fault in the program). */
    private static boolean databaseUnreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException || cause instanceof jakarta.resource.ResourceException
                    || cause instanceof jakarta.transaction.RollbackException
                    // A commit whose outcome is unknown: the connection broke during it (the driver's failure is
                    // only a suppressed exception there). Saving again finds the petition if it was committed.
                    || cause instanceof jakarta.transaction.HeuristicMixedException
                    || cause instanceof jakarta.transaction.HeuristicRollbackException
                    || cause instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
        }
        return false;
    }

    public LocalDate getToday() {
        return clock.today();
    }

    public Petition getPetition() { return petition; }
    public List<Upload> getAttachments() { return attachments; }
    public Long getEarlierPetitionId() { return earlierPetitionId; }
    public List<PetitionRow> getSimilar() { return similar; }
    public PetitionRow getRecorded() { return recorded; }
    public String getSavedKey() { return savedKey; }
    public List<Category> getCategories() { return categories; }
    public List<Village> getVillages() { return villages; }
    public List<Channel> getChannels() { return CHANNELS; }
    public PetitionKind[] getKinds() { return PetitionKind.values(); }
    public Competence[] getCompetences() { return Competence.values(); }
    public List<String> getLanguages() { return PetitionLanguages.COMMON; }
}
