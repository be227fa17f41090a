package vn.dannguyen.petition.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import vn.dannguyen.meeting.Meeting;
import vn.dannguyen.meeting.MeetingService;
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

/**
 * The petitions part of /meeting/edit?id=…: those voters raised at the meeting, entered one row after another
 * from the keyboard. Each row is saved as soon as it is entered, so a reload loses nothing. The meeting's own
 * details are {@code meeting.web.MeetingEditBacking}'s.
 */
@Named
@ViewScoped
public class MeetingPetitionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MeetingService meetingService;

    @Inject
    PetitionService petitionService;

    @Inject
    PetitionQueries petitionQueries;

    @Inject
    ReferenceDataService referenceData;

    @Inject
    ActiveUser activeUser;

    private Long meetingId;
    private Meeting meeting;
    private List<Category> categories = List.of();
    private List<Village> villages = List.of();
    private List<PetitionRow> petitions = List.of();
    private Petition entry;
    /** The key this view issued for the row being entered; a different one came back from a kept draft. */
    private String issuedKey;
    private String savedKey;

    /** The view action, after the meeting's own: a new or unknown meeting has no petitions to enter yet. */
    public void load() {
        if (meetingId == null || Faces.getContext().getResponseComplete()) {
            return;
        }
        try {
            meeting = meetingService.get(meetingId);
        } catch (BusinessException notFound) {
            return;
        }
        categories = referenceData.categories().stream().filter(Category::isActive).toList();
        villages = referenceData.villages(activeUser.getCommuneId()).stream().filter(Village::isActive).toList();
        petitions = petitionQueries.ofMeeting(meetingId);
        startEntry(null, null);
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
        petitions = petitionQueries.ofMeeting(meetingId);
        Messages.addGlobalInfo(savedBefore ? "petition.new.savedBefore" : "meeting.edit.petitionAdded", saved.getTrackingCode());
        startEntry(entry.getVillageId(), entry.getCategoryId());
    }

    /** A new row with what the meeting already says: its day, language and whether an interpreter was there. */
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

    public PetitionKind[] getKinds() { return PetitionKind.values(); }
    public Competence[] getCompetences() { return Competence.values(); }
    public Long getMeetingId() { return meetingId; }
    public void setMeetingId(Long meetingId) { this.meetingId = meetingId; }
    public List<Category> getCategories() { return categories; }
    public List<Village> getVillages() { return villages; }
    public List<PetitionRow> getPetitions() { return petitions; }
    public Petition getEntry() { return entry; }
    public String getSavedKey() { return savedKey; }
}
