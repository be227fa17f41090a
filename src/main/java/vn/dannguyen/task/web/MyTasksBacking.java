package vn.dannguyen.task.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.dannguyen.shared.CommuneClock;
import vn.dannguyen.task.TaskQueries;
import vn.dannguyen.task.TaskRow;

/** /task/mine: the petitions assigned to the signed-in officer, nearest deadline first. */
@Named
@ViewScoped
public class MyTasksBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CommuneClock clock;

    @Inject
    TaskQueries tasks;

    private List<TaskRow> rows;
    /** The shared task table can select rows; this page does nothing with a selection. */
    private List<TaskRow> selected = List.of();

    @PostConstruct
    void init() {
        rows = tasks.myTasks();
    }

    public LocalDate getToday() { return clock.today(); }
    public List<TaskRow> getRows() { return rows; }
    public List<TaskRow> getSelected() { return selected; }
    public void setSelected(List<TaskRow> selected) { this.selected = selected; }
}
