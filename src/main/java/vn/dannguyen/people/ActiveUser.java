package vn.dannguyen.people;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import vn.dannguyen.shared.CommuneScope;
import vn.dannguyen.shared.Role;

/**
 * The signed-in user for the length of their session: who they are, their commune and roles. Other
 * features ask it which commune's data to show.
 */
@Named
@SessionScoped
public class ActiveUser implements Serializable, CommuneScope {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SecurityContext securityContext;

    @Inject
    transient UserService users;

    private String username;
    private Long userId;
    private String fullName;
    private Long communeId;
    private String communeName;
    private boolean provinceWide;
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    private String checkedAnonymous;
    private boolean passwordChangeRequired;

    /** Reads the account of the caller once per session; anonymous callers (Elytron's "anonymous") have none. */
    private void load() {
        String caller = securityContext.getCallerPrincipal() == null ? null : securityContext.getCallerPrincipal().getName();
        if (caller == null || caller.equals(username) || caller.equals(checkedAnonymous)) {
            return;
        }
        var account = users.findActive(caller);
        if (account.isEmpty()) {
            checkedAnonymous = caller;
            return;
        }
        AppUser user = account.get();
        username = user.getUsername();
        userId = user.getId();
        fullName = user.getFullName();
        communeId = user.getCommune().getId();
        communeName = user.getCommune().getName();
        provinceWide = user.isProvinceWide();
        roles = user.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(user.getRoles());
        passwordChangeRequired = user.isPasswordChangeRequired();
    }

    public boolean isSignedIn() {
        load();
        return username != null;
    }

    public String getUsername() { load(); return username; }
    public Long getUserId() { load(); return userId; }
    public String getFullName() { load(); return fullName; }
    @Override
    public Long getCommuneId() { load(); return communeId; }
    public String getCommuneName() { load(); return communeName; }
    @Override
    public boolean isProvinceWide() { load(); return provinceWide; }
    public Set<Role> getRoles() { load(); return EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles); }

    /** Whether the user must set their own password before any other page opens. */
    public boolean isPasswordChangeRequired() { load(); return passwordChangeRequired; }

    /** The user has just set their own password. */
    public void passwordChanged() {
        passwordChangeRequired = false;
    }

    public boolean hasRole(Role role) {
        return securityContext.isCallerInRole(role.name());
    }

    @Override
    public boolean isOwnCommune(Long otherCommuneId) {
        return otherCommuneId != null && otherCommuneId.equals(getCommuneId());
    }

    @Override
    public boolean mayAccessCommune(Long otherCommuneId) {
        return isProvinceWide() || (otherCommuneId != null && otherCommuneId.equals(getCommuneId()));
    }
}
