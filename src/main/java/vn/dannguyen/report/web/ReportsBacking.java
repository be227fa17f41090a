package vn.dannguyen.report.web;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Messages;

import vn.dannguyen.meeting.MeetingCycle;
import vn.dannguyen.meeting.MeetingService;
import vn.dannguyen.report.ReportPeriod;
import vn.dannguyen.shared.CommuneClock;

/** /report/index: the official reports of a cycle and of a period, and publishing a cycle's results. */
@Named
@ViewScoped
public class ReportsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CommuneClock clock;

    @Inject
    MeetingService meetings;

    private List<MeetingCycle> cycles;
    private Long cycleId;
    private int year;
    private ReportPeriod period = ReportPeriod.Q1;

    @PostConstruct
    void load() {
        cycles = meetings.cycles();
        if (!cycles.isEmpty()) {
            cycleId = cycles.get(0).getId();
        }
        // The quarter we are in: Q1..Q4 are the first four periods.
        year = clock.year();
        period = ReportPeriod.values()[(clock.today().getMonthValue() - 1) / 3];
    }

    public MeetingCycle getCycle() {
        return cycles.stream().filter(c -> c.getId().equals(cycleId)).findFirst().orElse(null);
    }

    public void publish() {
        meetings.publishResults(cycleId);
        cycles = meetings.cycles();
        Messages.addGlobalInfo("report.publish.done");
    }

    public void withdraw() {
        meetings.withdrawResults(cycleId);
        cycles = meetings.cycles();
        Messages.addGlobalInfo("report.withdraw.done");
    }

    public ReportPeriod[] getPeriods() {
        return ReportPeriod.values();
    }

    public List<Integer> getYears() {
        int now = clock.year();
        return List.of(now, now - 1, now - 2, now - 3);
    }

    public String published(MeetingCycle cycle) {
        return cycle.getResultsPublishedAt() == null ? null
                : java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(cycle.getResultsPublishedAt().atZone(CommuneClock.ZONE));
    }

    public List<MeetingCycle> getCycles() { return cycles; }
    public Long getCycleId() { return cycleId; }
    public void setCycleId(Long cycleId) { this.cycleId = cycleId; }
    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public ReportPeriod getPeriod() { return period; }
    public void setPeriod(ReportPeriod period) { this.period = period; }
}
