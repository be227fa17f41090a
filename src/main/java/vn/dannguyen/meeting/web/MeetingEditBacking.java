package vn.dannguyen.meeting.web;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.primefaces.event.FileUploadEvent;

import vn.dannguyen.attachment.AttachmentService;
import vn.dannguyen.attachment.PendingUploads;
import vn.dannguyen.attachment.StoredFile;
import vn.dannguyen.attachment.Upload;
import vn.dannguyen.attachment.UploadCheck;

import vn.dannguyen.meeting.Meeting;
import vn.dannguyen.meeting.MeetingCycle;
import vn.dannguyen.meeting.MeetingForm;
import vn.dannguyen.meeting.MeetingService;
import vn.dannguyen.people.ActiveUser;
import vn.dannguyen.petition.Channel;
import vn.dannguyen.petition.Competence;
import vn.dannguyen.petition.Petition;
import vn.dannguyen.petition.PetitionKind;
import vn.dannguyen.petition.PetitionRow;
import vn.dannguyen.petition.PetitionService;
import vn.dannguyen.petition.SubmissionKeyTakenException;
import vn.dannguyen.petition.SubmissionKeys;
import vn.dannguyen.reference.Category;
import vn.dannguyen.reference.ReferenceDataService;
import vn.dannguyen.reference.Village;

/**
 * /meeting/edit?id=…: a meeting's details, and the petitions voters raise there entered one row after
 * another from the keyboard. Each row is saved as soon as it is entered, so a reload loses nothing.
 */
@Named
@ViewScoped
public class MeetingEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MeetingService meetingService;

    @Inject
    PetitionService petitionService;

    @Inject
    ReferenceDataService referenceData;

    @Inject
    ActiveUser activeUser;

    @Inject
    AttachmentService attachments;

    @Inject
    PendingUploads pendingUploads;

    private Long id;
    private Meeting meeting;
    private Long cycleId;
    private List<Long> villageIds = new ArrayList<>();
    private List<MeetingCycle> cycles;
    private List<Category> categories;
    private List<Village> villages;
    private List<PetitionRow> petitions = List.of();
    private Petition entry;
    /** The key this view issued for the row being entered; a different one came back from a kept draft. */
    private String issuedKey;
    private String savedKey;
    private List<StoredFile> files = List.of();

    /** The view action: loads the meeting named by ?id (404 if unknown or not the user's), or starts a new one. */
    public void load() throws java.io.IOException {
        try {
            loadMeeting();
        } catch (vn.dannguyen.shared.BusinessException notFound) {
            Faces.responseSendError(jakarta.servlet.http.HttpServletResponse.SC_NOT_FOUND, "meeting.error.notFound");
        }
    }

    private void loadMeeting() {
        cycles = meetingService.cycles();
        categories = referenceData.categories().stream().filter(Category::isActive).toList();
        villages = referenceData.villages(activeUser.getCommuneId()).stream().filter(Village::isActive).toList();
        if (id == null) {
            meeting = new Meeting();
            meeting.setHeldAt(LocalDateTime.now(PetitionService.COMMUNE_ZONE).truncatedTo(ChronoUnit.HOURS));
            cycleId = cycles.isEmpty() ? null : cycles.get(0).getId();
        } else {
            meeting = meetingService.get(id);
            cycleId = meeting.getCycle().getId();
            villageIds = new ArrayList<>(meeting.getVillages().stream().map(Village::getId).toList());
            petitions = petitionService.ofMeeting(id);
            files = attachments.ofMeeting(id);
            startEntry(null, null);
        }
    }

    public void save() {
        boolean isNew = meeting.getId() == null;
        meeting = meetingService.save(meeting, cycleId, new HashSet<>(villageIds));
        if (isNew) {
            // Continue on the meeting's own URL, where its petitions are entered.
            Messages.addFlashGlobalInfo("common.saved");
            Faces.redirect("meeting/edit?id=%s", meeting.getId().toString());
            return;
        }
        Messages.addGlobalInfo("common.saved");
        meeting = meetingService.get(meeting.getId());
    }

    /** Keeps an uploaded minutes file (scan, photo, document) with the meeting at once; it waits on disk meanwhile. */
    public void attach(FileUploadEvent event) {
        Upload upload = pendingUploads.keep(event.getFile());
        try {
            attachments.attachToMeeting(meeting.getId(), upload);
        } finally {
            pendingUploads.discard(upload);
        }
        files = attachments.ofMeeting(meeting.getId());
        Messages.addGlobalInfo("attachment.saved", UploadCheck.safeName(upload.originalName()));
    }

    /** Saves the row being entered and opens the next one, keeping the village and category chosen. */
    public void addPetition() {
        // A voter who spoke without giving a name is recorded as anonymous.
        entry.setAnonymous(entry.getPetitionerName() == null || entry.getPetitionerName().isBlank());
        String postedKey = entry.getSubmissionKey();
        // A row restored from the browser after a lost answer may have been saved already: the same key returns it.
        SubmissionKeys.Resolved key = SubmissionKeys.resolve(issuedKey, postedKey, entry, petitionService::findBySubmissionKey);
        entry.setSubmissionKey(key.key());
        boolean savedBefore = key.savedBefore();
        Petition saved;
        try {
            saved = petitionService.record(entry.copyOfInput(), null);
        } catch (SubmissionKeyTakenException taken) {
            // The key came from a row kept in this browser for another commune: this row gets a key of its own,
            // so saving it again records it. Everything typed stays (the button draws the form again).
            issuedKey = SubmissionKeys.fresh();
            entry.setSubmissionKey(issuedKey);
            throw taken;
        }
        savedKey = postedKey; // the browser forgets its draft by the key it sent
        petitions = petitionService.ofMeeting(meeting.getId());
        Messages.addGlobalInfo(savedBefore ? "petition.new.savedBefore" : "meeting.edit.petitionAdded", saved.getTrackingCode());
        startEntry(entry.getVillageId(), entry.getCategoryId());
    }

    private void startEntry(Long villageId, Long categoryId) {
        entry = new Petition();
        entry.setMeetingId(meeting.getId());
        entry.setChannel(Channel.MEETING);
        entry.setKind(PetitionKind.VOTER_PETITION);
        entry.setCompetence(Competence.COMMUNE);
        entry.setReceivedOn(meeting.getHeldAt().toLocalDate());
        entry.setLanguage(meeting.getLanguage() == null || meeting.getLanguage().isBlank()
                ? Petition.DEFAULT_LANGUAGE : meeting.getLanguage());
        entry.setInterpreterUsed(meeting.getInterpreterName() != null && !meeting.getInterpreterName().isBlank());
        entry.setVillageId(villageId);
        entry.setCategoryId(categoryId);
        issuedKey = SubmissionKeys.fresh();
        entry.setSubmissionKey(issuedKey);
    }

    public MeetingForm[] getForms() { return MeetingForm.values(); }
    public PetitionKind[] getKinds() { return PetitionKind.values(); }
    public Competence[] getCompetences() { return Competence.values(); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Meeting getMeeting() { return meeting; }
    public Long getCycleId() { return cycleId; }
    public void setCycleId(Long cycleId) { this.cycleId = cycleId; }
    public List<Long> getVillageIds() { return villageIds; }
    public void setVillageIds(List<Long> villageIds) { this.villageIds = villageIds; }
    public List<MeetingCycle> getCycles() { return cycles; }
    public List<Category> getCategories() { return categories; }
    public List<Village> getVillages() { return villages; }
    public List<PetitionRow> getPetitions() { return petitions; }
    public Petition getEntry() { return entry; }
    public String getSavedKey() { return savedKey; }
    public List<StoredFile> getFiles() { return files; }
}
