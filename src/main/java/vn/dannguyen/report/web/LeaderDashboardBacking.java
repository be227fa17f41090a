package vn.dannguyen.report.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.ResourceBundle;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

import vn.dannguyen.petition.PetitionService;
import vn.dannguyen.report.DashboardService;
import vn.dannguyen.shared.MessageBundleResolver;
import vn.dannguyen.shared.web.LocaleSelection;
import vn.dannguyen.task.TaskRow;
import vn.dannguyen.task.TaskService;

/** /leader/dashboard: counts by status, department, village and category, with the overdue and due-soon lists. */
@Named
@ViewScoped
public class LeaderDashboardBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Rows in each of the overdue and due-soon lists (10 pages of the table); the heading counts them all. */
    static final int LIST_ROWS = 100;

    @Inject
    DashboardService dashboard;

    @Inject
    TaskService tasks;

    @Inject
    LocaleSelection locale;

    private List<DashboardService.Count> byStatus;
    private List<DashboardService.Count> byDepartment;
    private List<DashboardService.Count> byVillage;
    private List<DashboardService.Count> byCategory;
    private List<TaskRow> overdue;
    private List<TaskRow> dueSoon;
    private long overdueCount;
    private long dueSoonCount;

    @PostConstruct
    void init() {
        ResourceBundle text = ResourceBundle.getBundle(MessageBundleResolver.BUNDLE, locale.getLocale());
        byStatus = dashboard.byStatus().stream()
                .map(count -> new DashboardService.Count(text.getString(count.label()), count.count())).toList();
        byDepartment = dashboard.openByDepartment();
        byVillage = dashboard.byVillage();
        byCategory = dashboard.byCategory(locale.getLanguage());
        LocalDate today = LocalDate.now(PetitionService.COMMUNE_ZONE);
        // Only the rows shown, and their counts from the index (the petition list's overdue filter has them all).
        LocalDate yesterday = today.minusDays(1);
        LocalDate horizon = today.plusDays(TaskRow.DUE_SOON_DAYS);
        overdue = tasks.runningByDeadline(null, yesterday, LIST_ROWS);
        overdueCount = overdue.size() < LIST_ROWS ? overdue.size() : tasks.countRunningByDeadline(null, yesterday);
        dueSoon = tasks.runningByDeadline(today, horizon, LIST_ROWS);
        dueSoonCount = dueSoon.size() < LIST_ROWS ? dueSoon.size() : tasks.countRunningByDeadline(today, horizon);
    }

    /** A Chart.js bar chart of {@code counts}, for p:chart. */
    static String barChart(List<DashboardService.Count> counts, boolean horizontal) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        for (DashboardService.Count count : counts) {
            labels.add(count.label());
            values.add(count.count());
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels)
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("data", values).add("backgroundColor", "#3b82f6"))))
                .add("options", Json.createObjectBuilder()
                        .add("indexAxis", horizontal ? "y" : "x")
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("display", false)))
                        .add("scales", Json.createObjectBuilder().add(horizontal ? "x" : "y",
                                Json.createObjectBuilder().add("ticks", Json.createObjectBuilder().add("precision", 0)))))
                .build().toString()
                // The JSON lands in an inline script: a name containing "</script>" must not end it.
                .replace("</", "<\\/");
    }

    public String getStatusChart() { return barChart(byStatus, false); }
    public String getDepartmentChart() { return barChart(byDepartment, true); }
    public String getVillageChart() { return barChart(byVillage, true); }
    public String getCategoryChart() { return barChart(byCategory, true); }
    public List<DashboardService.Count> getByStatus() { return byStatus; }
    public List<DashboardService.Count> getByDepartment() { return byDepartment; }
    public List<DashboardService.Count> getByVillage() { return byVillage; }
    public List<DashboardService.Count> getByCategory() { return byCategory; }
    public List<TaskRow> getOverdue() { return overdue; }
    public List<TaskRow> getDueSoon() { return dueSoon; }
    public long getOverdueCount() { return overdueCount; }
    public long getDueSoonCount() { return dueSoonCount; }
    public LocalDate getToday() { return LocalDate.now(PetitionService.COMMUNE_ZONE); }
}
