package vn.dannguyen.people.web;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import java.io.IOException;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import vn.dannguyen.people.AppUser;
import vn.dannguyen.people.KnownDevices;
import vn.dannguyen.people.PasswordCheckGate;
import vn.dannguyen.people.SignInEvent;
import vn.dannguyen.people.SignInThrottle;
import vn.dannguyen.people.UserService;

/** The sign-in page, and signing out from any page. */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    SecurityContext securityContext;

    @Inject
    SignInThrottle throttle;

    @Inject
    KnownDevices knownDevices;

    @Inject
    UserService users;

    @Inject
    PasswordCheckGate passwordChecks;

    @Inject
    Event<SignInEvent> signIns;

    private String username;
    private String password;

    /** The name typed, as the account would store it; bounded so a huge input cannot fill the log. */
    private String signInName() {
        String name = AppUser.canonicalUsername(username);
        return name.length() > AppUser.USERNAME_LENGTH ? name.substring(0, AppUser.USERNAME_LENGTH) : name;
    }

    public void signIn() throws IOException {
        HttpServletRequest request = Faces.getRequest();
        // The connection's address: a forwarded header is believed only when the operator turns on proxy
        // address forwarding in the server (README), never because a client sent one.
        // The hash is read only to tell whether this browser earned its device cookie with the current password.
        String passwordHash = users.findActive(signInName()).map(AppUser::getPasswordHash).orElse(null);
        SignInThrottle.Attempt attempt = throttle.attempt(username, request.getRemoteAddr(),
                knownDevices.device(request, signInName(), passwordHash));
        if (attempt.refused()) {
            // Refused without checking the password, so guessing stays slow; the event shows the attack.
            refuse("throttled", "people.login.error.throttled", Math.max(1, attempt.retryAfter().toSeconds()));
            return;
        }
        // A new session id for whoever signs in, so an id planted before sign-in is worth nothing after it.
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        // newAuthentication(false) lets the mechanism continue to the page first asked for, if any;
        // true would drop that saved request and leave a marker that breaks the next protected request.
        Optional<AuthenticationStatus> checked = passwordChecks.tryCheck(attempt.knownDevice(), () -> securityContext.authenticate(request,
                Faces.getResponse(), withParams().newAuthentication(false)
                        .credential(new UsernamePasswordCredential(username, new Password(password)))));
        if (checked.isEmpty()) {
            throttle.notChecked(attempt);
            refuse("busy", "people.login.error.busy");
            return;
        }
        AuthenticationStatus status = checked.get();
        if (status == AuthenticationStatus.SUCCESS || status == AuthenticationStatus.SEND_CONTINUE) {
            throttle.succeeded(attempt);
            // The answer may already be a redirect to the page first asked for: the next request keeps the cookie.
            knownDevices.rememberOnNextResponse(request, signInName(), passwordHash);
            SignedInSessions.signedIn(request.getSession(), signInName());
            signIns.fire(SignInEvent.signedIn(signInName()));
        }
        switch (status) {
            // The mechanism redirects to the page the user first asked for.
            case SEND_CONTINUE -> Faces.responseComplete();
            case SUCCESS -> Faces.redirect("home");
            // The attempt was counted as a failure when it started.
            default -> refuse(null, "people.login.error.invalid");
        }
    }

    private void refuse(String why, String message, Object... parameters) {
        signIns.fire(SignInEvent.refused(signInName(), why));
        password = null;
        Messages.addGlobalError(message, parameters);
        Faces.validationFailed();
    }

    public void signOut() throws IOException, ServletException {
        signIns.fire(SignInEvent.signedOut());
        Faces.getRequest().logout();
        Faces.invalidateSession();
        // Drafts kept in this browser (drafts.js) may hold voters' names and phone numbers: a shared counter PC
        // keeps none of them once the clerk signs out.
        Faces.getResponse().setHeader("Clear-Site-Data", "\"storage\"");
        Faces.redirect("login");
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
}
