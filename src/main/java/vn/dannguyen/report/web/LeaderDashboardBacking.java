package vn.dannguyen.report.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;

import vn.dannguyen.report.DashboardService;
import vn.dannguyen.shared.CommuneClock;
import vn.dannguyen.shared.MessageBundleResolver;
import vn.dannguyen.shared.web.LocaleSelection;
import vn.dannguyen.shared.web.PagedRows;
import vn.dannguyen.task.TaskQueries;
import vn.dannguyen.task.TaskRow;

/** /leader/dashboard: counts by status, department, village and category, with the overdue and due-soon lists. */
@Named
@ViewScoped
public class LeaderDashboardBacking implements Serializable {

    private static final long serialVersionUID = 1L;


    @Inject
    CommuneClock clock;

    @Inject
    DashboardService dashboard;

    @Inject
    TaskQueries tasks;

    @Inject
    LocaleSelection locale;

    private List<DashboardService.Count> byStatus;
    private List<DashboardService.Count> byDepartment;
    private List<DashboardService.Count> byVillage;
    private List<DashboardService.Count> byCategory;
    private PagedRows<TaskRow> overdue;
    private PagedRows<TaskRow> dueSoon;
    private long overdueCount;
    private long dueSoonCount;
    /** The charts' JSON, made once per view: p:chart reads its value more than once per rendering. */
    private String statusChart;
    private String departmentChart;
    private String villageChart;
    private String categoryChart;

    @PostConstruct
    void init() {
        ResourceBundle text = ResourceBundle.getBundle(MessageBundleResolver.BUNDLE, locale.getLocale());
        byStatus = dashboard.byStatus().stream()
                .map(count -> new DashboardService.Count(text.getString(count.label()), count.count())).toList();
        byDepartment = dashboard.openByDepartment();
        byVillage = dashboard.byVillage();
        byCategory = dashboard.byCategory(locale.getLanguage());
        statusChart = barChart(byStatus, false);
        departmentChart = barChart(byDepartment, true);
        villageChart = barChart(byVillage, true);
        categoryChart = barChart(byCategory, true);
        LocalDate today = clock.today();
        // The counts come from the index alone; each list reads only the page shown (10 rows).
        LocalDate yesterday = today.minusDays(1);
        LocalDate horizon = today.plusDays(TaskRow.DUE_SOON_DAYS);
        TaskQueries service = tasks;
        overdueCount = service.countRunningByDeadline(null, yesterday);
        overdue = new PagedRows<>((first, size) -> service.runningByDeadline(null, yesterday, first, size), TaskRow::id, overdueCount);
        dueSoonCount = service.countRunningByDeadline(today, horizon);
        dueSoon = new PagedRows<>((first, size) -> service.runningByDeadline(today, horizon, first, size), TaskRow::id, dueSoonCount);
    }

    /**
     * Made once: each {@code Json.create...} call looks the JSON provider up through the ServiceLoader, which
     * took a fifth of the dashboard's CPU under load (docs/benchmarks/list-rows-and-dashboard-charts.md).
     */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    /** A Chart.js bar chart of {@code counts}, for p:chart. */
    static String barChart(List<DashboardService.Count> counts, boolean horizontal) {
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        JsonArrayBuilder values = JSON.createArrayBuilder();
        for (DashboardService.Count count : counts) {
            labels.add(count.label());
            values.add(count.count());
        }
        return JSON.createObjectBuilder()
                .add("type", "bar")
                .add("data", JSON.createObjectBuilder().add("labels", labels)
                        .add("datasets", JSON.createArrayBuilder().add(JSON.createObjectBuilder()
                                .add("data", values).add("backgroundColor", "#3b82f6"))))
                .add("options", JSON.createObjectBuilder()
                        .add("indexAxis", horizontal ? "y" : "x")
                        .add("plugins", JSON.createObjectBuilder().add("legend", JSON.createObjectBuilder().add("display", false)))
                        .add("scales", JSON.createObjectBuilder().add(horizontal ? "x" : "y",
                                JSON.createObjectBuilder().add("ticks", JSON.createObjectBuilder().add("precision", 0)))))
                .build().toString()
                // The JSON lands in an inline script: a name containing "</script>" must not end it.
                .replace("</", "<\\/");
    }

    public String getStatusChart() { return statusChart; }
    public String getDepartmentChart() { return departmentChart; }
    public String getVillageChart() { return villageChart; }
    public String getCategoryChart() { return categoryChart; }
    public List<DashboardService.Count> getByStatus() { return byStatus; }
    public List<DashboardService.Count> getByDepartment() { return byDepartment; }
    public List<DashboardService.Count> getByVillage() { return byVillage; }
    public List<DashboardService.Count> getByCategory() { return byCategory; }
    public PagedRows<TaskRow> getOverdue() { return overdue; }
    public PagedRows<TaskRow> getDueSoon() { return dueSoon; }
    public long getOverdueCount() { return overdueCount; }
    public long getDueSoonCount() { return dueSoonCount; }
    public LocalDate getToday() { return clock.today(); }
}
