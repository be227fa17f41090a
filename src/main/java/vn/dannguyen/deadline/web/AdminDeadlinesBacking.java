package vn.dannguyen.deadline.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Messages;

import vn.dannguyen.deadline.CalendarException;
import vn.dannguyen.deadline.DayUnit;
import vn.dannguyen.deadline.DeadlineAdminService;
import vn.dannguyen.deadline.DeadlineRule;
import vn.dannguyen.shared.CommuneClock;

/** /admin/deadlines: the legal time limits per kind and step, and the days the working calendar treats differently. */
@Named
@ViewScoped
public class AdminDeadlinesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CommuneClock clock;

    @Inject
    DeadlineAdminService deadlines;

    private List<DeadlineRule> rules;
    private int year;
    private List<CalendarException> exceptions;
    private Set<LocalDate> holidays;
    private CalendarException adding;

    @PostConstruct
    void init() {
        year = clock.year();
        rules = deadlines.rules();
        loadYear();
    }

    public void loadYear() {
        exceptions = deadlines.exceptions(year);
        holidays = deadlines.computedHolidays(year);
        adding = new CalendarException();
    }

    public void saveRule(DeadlineRule rule) {
        deadlines.saveRule(rule);
        Messages.addGlobalInfo("common.saved");
        rules = deadlines.rules();
    }

    public void addException() {
        deadlines.addException(adding);
        Messages.addGlobalInfo("common.saved");
        loadYear();
    }

    public void removeException(LocalDate day) {
        deadlines.removeException(day);
        loadYear();
    }

    public DayUnit[] getUnits() { return DayUnit.values(); }
    public List<DeadlineRule> getRules() { return rules; }
    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public List<CalendarException> getExceptions() { return exceptions; }
    public List<LocalDate> getHolidays() { return List.copyOf(holidays); }
    public CalendarException getAdding() { return adding; }
}
