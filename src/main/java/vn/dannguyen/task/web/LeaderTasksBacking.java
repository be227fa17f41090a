package vn.dannguyen.task.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Messages;

import vn.dannguyen.people.ActiveUser;
import vn.dannguyen.people.AppUser;
import vn.dannguyen.reference.Department;
import vn.dannguyen.reference.ReferenceDataService;
import vn.dannguyen.shared.CommuneClock;
import vn.dannguyen.shared.ConcurrentEditException;
import vn.dannguyen.shared.web.PagedRows;
import vn.dannguyen.task.TaskQueries;
import vn.dannguyen.task.TaskRow;
import vn.dannguyen.task.TaskService;

/**
 * /leader/tasks: the commune's open petitions, overdue first, a page at a time; the leader ticks one or many (the service
 * centre signs batches of ten) and assigns them to a department and officer with a deadline.
 */
@Named
@ViewScoped
public class LeaderTasksBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CommuneClock clock;

    @Inject
    TaskService tasks;

    @Inject
    TaskQueries taskQueries;

    @Inject
    ReferenceDataService referenceData;

    @Inject
    ActiveUser activeUser;

    private PagedRows<TaskRow> rows;
    private long overdueCount;
    private long dueSoonCount;
    private long openCount;
    private List<TaskRow> selected = new ArrayList<>();
    private List<Department> departments;
    private List<AppUser> officers;
    private Long departmentId;
    private Long officerId;
    private LocalDate dueOn;
    private String instructions;

    @PostConstruct
    void init() {
        refresh();
        departments = referenceData.departments(activeUser.getCommuneId()).stream().filter(Department::isActive).toList();
        officers = taskQueries.officers();
    }

    public void assign() {
        int assigned;
        try {
            assigned = tasks.assign(selected.stream().map(TaskRow::seen).toList(),
                    departmentId, officerId, dueOn, instructions);
        } catch (ConcurrentEditException changedMeanwhile) {
            // Show the petitions as they are now, so the leader can tick them again; the message says why.
            selected = new ArrayList<>();
            refresh();
            throw changedMeanwhile;
        }
        Messages.addGlobalInfo("task.assign.done", assigned);
        selected = new ArrayList<>();
        departmentId = null;
        officerId = null;
        dueOn = null;
        instructions = null;
        refresh();
    }

    /** The counts come from the index alone; the table reads only the page shown. */
    private void refresh() {
        LocalDate today = getToday();
        overdueCount = taskQueries.countRunningByDeadline(null, today.minusDays(1));
        dueSoonCount = taskQueries.countRunningByDeadline(today, today.plusDays(TaskRow.DUE_SOON_DAYS));
        openCount = taskQueries.countOpen();
        TaskQueries service = taskQueries;
        rows = new PagedRows<>(service::openPetitions, TaskRow::id, openCount);
    }

    public LocalDate getToday() {
        return clock.today();
    }

    public long getOverdueCount() { return overdueCount; }
    public long getDueSoonCount() { return dueSoonCount; }
    public long getOpenCount() { return openCount; }
    public PagedRows<TaskRow> getRows() { return rows; }
    public List<TaskRow> getSelected() { return selected; }
    public void setSelected(List<TaskRow> selected) { this.selected = selected; }
    public List<Department> getDepartments() { return departments; }
    public List<AppUser> getOfficers() { return officers; }
    public Long getDepartmentId() { return departmentId; }
    public void setDepartmentId(Long departmentId) { this.departmentId = departmentId; }
    public Long getOfficerId() { return officerId; }
    public void setOfficerId(Long officerId) { this.officerId = officerId; }
    public LocalDate getDueOn() { return dueOn; }
    public void setDueOn(LocalDate dueOn) { this.dueOn = dueOn; }
    public String getInstructions() { return instructions; }
    public void setInstructions(String instructions) { this.instructions = instructions; }
}
