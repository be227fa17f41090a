package vn.dannguyen.home;

import java.io.IOException;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;

import org.omnifaces.util.Faces;

import vn.dannguyen.people.ActiveUser;
import vn.dannguyen.people.Role;
import vn.dannguyen.reference.ReferenceDataService;
import vn.dannguyen.reference.ReferenceDataService.CommuneSummary;

/** "/" and the four role home pages. */
@Named
@RequestScoped
public class HomeBacking {

    /** Where each role lands, the most demanding role first for users who hold several. */
    private static final List<Role> PRECEDENCE = List.of(Role.LEADER, Role.STAFF, Role.AUDITOR, Role.ADMIN);

    @Inject
    ActiveUser activeUser;

    @Inject
    ReferenceDataService referenceData;

    private CommuneSummary summary;

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
}
