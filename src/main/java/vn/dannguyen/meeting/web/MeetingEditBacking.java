package vn.dannguyen.meeting.web;

import java.io.Serializable;
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

import vn.dannguyen.attachment.PendingUploads;
import vn.dannguyen.attachment.StoredFile;
import vn.dannguyen.attachment.Upload;
import vn.dannguyen.attachment.UploadCheck;
import vn.dannguyen.meeting.Meeting;
import vn.dannguyen.meeting.MeetingCycle;
import vn.dannguyen.meeting.MeetingForm;
import vn.dannguyen.meeting.MeetingService;
import vn.dannguyen.people.ActiveUser;
import vn.dannguyen.reference.ReferenceDataService;
import vn.dannguyen.reference.Village;
import vn.dannguyen.shared.CommuneClock;

/**
 * /meeting/edit?id=…: a meeting's details and minutes files. The petitions voters raise there are entered on
 * the same page through {@code petition.web.MeetingPetitionsBacking}.
 */
@Named
@ViewScoped
public class MeetingEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CommuneClock clock;

    @Inject
    MeetingService meetingService;

    @Inject
    ReferenceDataService referenceData;

    @Inject
    ActiveUser activeUser;

    @Inject
    PendingUploads pendingUploads;

    private Long id;
    private Meeting meeting;
    private Long cycleId;
    private List<Long> villageIds = new ArrayList<>();
    private List<MeetingCycle> cycles;
    private List<Village> villages;
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
        villages = referenceData.villages(activeUser.getCommuneId()).stream().filter(Village::isActive).toList();
        if (id == null) {
            meeting = new Meeting();
            meeting.setHeldAt(clock.now().truncatedTo(ChronoUnit.HOURS));
            cycleId = cycles.isEmpty() ? null : cycles.get(0).getId();
        } else {
            meeting = meetingService.get(id);
            cycleId = meeting.getCycle().getId();
            villageIds = new ArrayList<>(meeting.getVillages().stream().map(Village::getId).toList());
            files = meetingService.minutes(id);
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
            meetingService.attachMinutes(meeting.getId(), upload);
        } finally {
            pendingUploads.discard(upload);
        }
        files = meetingService.minutes(meeting.getId());
        Messages.addGlobalInfo("attachment.saved", UploadCheck.safeName(upload.originalName()));
    }

    public MeetingForm[] getForms() { return MeetingForm.values(); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Meeting getMeeting() { return meeting; }
    public Long getCycleId() { return cycleId; }
    public void setCycleId(Long cycleId) { this.cycleId = cycleId; }
    public List<Long> getVillageIds() { return villageIds; }
    public void setVillageIds(List<Long> villageIds) { this.villageIds = villageIds; }
    public List<MeetingCycle> getCycles() { return cycles; }
    public List<Village> getVillages() { return villages; }
    public List<StoredFile> getFiles() { return files; }
}
