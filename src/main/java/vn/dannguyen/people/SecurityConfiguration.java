package vn.dannguyen.people;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

import vn.dannguyen.shared.Role;

/** Sign-in through the application's own JSF page; pages that need a role send anonymous users there. */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login", errorPage = "", useForwardToLogin = false))
@DeclareRoles({Role.Names.STAFF, Role.Names.LEADER, Role.Names.AUDITOR, Role.Names.ADMIN})
@ApplicationScoped
public class SecurityConfiguration {
}
