package vn.dannguyen.people;

import java.util.EnumSet;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import vn.dannguyen.shared.Role;

/**
 * The caller's roles for the pages, as {@code #{roles.leader}}: asked of the container once per request.
 * The menu and buttons used {@code #{request.isUserInRole('LEADER')}}, an EL method call that looks the
 * method up by reflection on every evaluation; JSF evaluates {@code rendered} each time it visits the menu
 * (partial visits, rendering), which cost 4 % of a petition list request's CPU.
 */
@Named("roles")
@RequestScoped
public class CallerRoles {

    @Inject
    HttpServletRequest request;

    private Set<Role> roles;

    private boolean has(Role role) {
        if (roles == null) {
            Set<Role> held = EnumSet.noneOf(Role.class);
            for (Role each : Role.values()) {
                if (request.isUserInRole(each.name())) {
                    held.add(each);
                }
            }
            roles = held;
        }
        return roles.contains(role);
    }

    public boolean isStaff() { return has(Role.STAFF); }
    public boolean isLeader() { return has(Role.LEADER); }
    public boolean isAuditor() { return has(Role.AUDITOR); }
    public boolean isAdmin() { return has(Role.ADMIN); }

    /** Staff or leader: may record and work on petitions, meetings and mediation cases. */
    public boolean isWorker() { return isStaff() || isLeader(); }

    /** Staff, leader or auditor: may read the commune's petitions, meetings and reports. */
    public boolean isReader() { return isWorker() || isAuditor(); }
}
