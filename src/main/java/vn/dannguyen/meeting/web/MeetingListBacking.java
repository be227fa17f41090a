package vn.dannguyen.meeting.web;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Messages;

import vn.dannguyen.meeting.CycleKind;
import vn.dannguyen.meeting.MeetingCycle;
import vn.dannguyen.meeting.MeetingService;
import vn.dannguyen.shared.CommuneClock;

/** /meeting/list: the commune's meeting cycles and meetings. */
@Named
@ViewScoped
public class MeetingListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CommuneClock clock;

    @Inject
    MeetingService meetingService;

    private List<MeetingCycle> cycles;
    private List<MeetingService.MeetingRow> meetings;
    private Long cycleId;
    private MeetingCycle editing;

    @PostConstruct
    void init() {
        reload();
    }

    void reload() {
        cycles = meetingService.cycles();
        meetings = meetingService.meetings(cycleId);
    }

    public void cycleChanged() {
        meetings = meetingService.meetings(cycleId);
    }

    public void startNew() {
        editing = new MeetingCycle();
        editing.setStartsOn(clock.today());
    }

    public void startEdit(MeetingCycle cycle) {
        editing = cycle;
    }

    public void save() {
        meetingService.saveCycle(editing);
        Messages.addGlobalInfo("common.saved");
        editing = null;
        reload();
    }

    public CycleKind[] getKinds() { return CycleKind.values(); }
    public List<MeetingCycle> getCycles() { return cycles; }
    public List<MeetingService.MeetingRow> getMeetings() { return meetings; }
    public Long getCycleId() { return cycleId; }
    public void setCycleId(Long cycleId) { this.cycleId = cycleId; }
    public MeetingCycle getEditing() { return editing; }
}
