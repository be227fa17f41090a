package vn.dannguyen.home;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;

import org.omnifaces.util.Faces;

import vn.dannguyen.people.ActiveUser;
import vn.dannguyen.reference.ReferenceDataService;
import vn.dannguyen.reference.ReferenceDataService.CommuneSummary;
import vn.dannguyen.shared.CommuneClock;
import vn.dannguyen.shared.Role;
import vn.dannguyen.task.TaskQueries;
import vn.dannguyen.task.TaskRow;

/** "/" and the four role home pages. */
@Named
@RequestScoped
public class HomeBacking {

    /** Where each role lands, the most demanding role first for users who hold several. */
    private static final List<Role> PRECEDENCE = List.of(Role.LEADER, Role.STAFF, Role.AUDITOR, Role.ADMIN);

    @Inject
    CommuneClock clock;

    @Inject
    ActiveUser activeUser;

    @Inject
    ReferenceDataService referenceData;

    @Inject
    TaskQueries tasks;

    private CommuneSummary summary;
    private LeaderCounts leaderCounts;

    /** What a leader looks at first: overdue, due soon (the dashboard's rule) and open petitions. */
    public record LeaderCounts(long overdue, long dueSoon, long open) {
    }

    public String homeOfRole() throws IOException {
        var role = PRECEDENCE.stream().filter(activeUser::hasRole).findFirst();
        if (role.isEmpty()) {
            Faces.responseSendError(HttpServletResponse.SC_FORBIDDEN, "");
            return null;
        }
        return homeOf(role.get());
    }

    static String homeOf(Role role) {
        String folder = switch (role) {
            case STAFF -> "staff";
            case LEADER -> "leader";
            case AUDITOR -> "audit";
            case ADMIN -> "admin";
        };
        return "/" + folder + "/home?faces-redirect=true";
    }

    /** Villages, departments and users of the user's commune, for the greeting of each home page. */
    public CommuneSummary getSummary() {
        if (summary == null) {
            summary = referenceData.summarize(activeUser.getCommuneId());
        }
        return summary;
    }

    /** The leader home's counts, read from the petition indexes alone (no petition rows are loaded). */
    public LeaderCounts getLeaderCounts() {
        if (leaderCounts == null) {
            LocalDate today = clock.today();
            leaderCounts = new LeaderCounts(tasks.countRunningByDeadline(null, today.minusDays(1)),
                    tasks.countRunningByDeadline(today, today.plusDays(TaskRow.DUE_SOON_DAYS)), tasks.countOpen());
        }
        return leaderCounts;
    }
}
