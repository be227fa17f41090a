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
import vn.dannguyen.petition.PetitionService;
import vn.dannguyen.reference.Department;
import vn.dannguyen.reference.ReferenceDataService;
import vn.dannguyen.shared.ConcurrentEditException;
import vn.dannguyen.task.TaskRow;
import vn.dannguyen.task.TaskService;

/**
 * /leader/tasks: the commune's open petitions, overdue first; the leader ticks one or many (the service
 * centre signs batches of ten) and assigns them to a department and officer with a deadline.
 */
@Named
@ViewScoped
public class LeaderTasksBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int LIMIT = 500;

    @Inject
    TaskService tasks;

    @Inject
    ReferenceDataService referenceData;

    @Inject
    ActiveUser activeUser;

    private List<TaskRow> rows;
    private List<TaskRow> selected = new ArrayList<>();
    private List<Department> departments;
    private List<AppUser> officers;
    private Long departmentId;
    private Long officerId;
    private LocalDate dueOn;
    private String instructions;

    @PostConstruct
    void init() {
        rows = tasks.openPetitions(LIMIT);
        departments = referenceData.departments(activeUser.getCommuneId()).stream().filter(Department::isActive).toList();
        officers = tasks.officers();
    }

    public void assign() {
        int assigned;
        try {
            assigned = tasks.assign(selected.stream().map(row -> new TaskService.Seen(row.id(), row.version())).toList(),
                    departmentId, officerId, dueOn, instructions);
        } catch (ConcurrentEditException changedMeanwhile) {
            // Show the petitions as they are now, so the leader can tick them again; the message says why.
            selected = new ArrayList<>();
            rows = tasks.openPetitions(LIMIT);
            throw changedMeanwhile;
        }
        Messages.addGlobalInfo("task.assign.done", assigned);
        selected = new ArrayList<>();
        departmentId = null;
        officerId = null;
        dueOn = null;
        instructions = null;
        rows = tasks.openPetitions(LIMIT);
    }

    public LocalDate getToday() {
        return LocalDate.now(PetitionService.COMMUNE_ZONE);
    }

    public long getOverdueCount() {
        LocalDate today = getToday();
        return rows.stream().filter(row -> row.overdueOn(today)).count();
    }

    public long getDueSoonCount() {
        LocalDate today = getToday();
        return rows.stream().filter(row -> row.dueSoonOn(today)).count();
    }

    public List<TaskRow> getRows() { return rows; }
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
