package vn.dannguyen;

import java.util.Arrays;
import java.util.HashSet;
import java.util.concurrent.Callable;

import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.authz.RoleMapper;
import org.wildfly.security.authz.Roles;

/**
 * Runs code inside the server as a given user with given roles, the way a signed-in request would,
 * so in-container tests go through the same {@code @RolesAllowed} checks and commune scoping.
 */
public final class Callers {

    private Callers() {
    }

    public static <T> T as(String username, Callable<T> work, String... roles) throws Exception {
        SecurityIdentity identity = SecurityDomain.getCurrent().createAdHocIdentity(username)
                .withDefaultRoleMapper(RoleMapper.constant(Roles.fromSet(new HashSet<>(Arrays.asList(roles)))));
        return identity.runAs(work);
    }
}
