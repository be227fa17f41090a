package vn.dannguyen.people.web;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import java.io.IOException;
import java.time.Duration;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import vn.dannguyen.audit.AuditEventKind;
import vn.dannguyen.audit.AuditLog;
import vn.dannguyen.people.SignInThrottle;

/** The sign-in page, and signing out from any page. */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    SecurityContext securityContext;

    @Inject
    SignInThrottle throttle;

    @Inject
    AuditLog auditLog;

    private String username;
    private String password;

    /** The name typed, as the account would store it; bounded so a huge input cannot fill the log. */
    private String signInName() {
        String name = username == null ? "" : username.trim().toLowerCase();
        return name.length() > 60 ? name.substring(0, 60) : name;
    }

    public void signIn() throws IOException {
        String address = Faces.getRemoteAddr();
        Duration wait = throttle.waitBeforeAttempt(username, address);
        if (!wait.isZero()) {
            // Refused without checking the password, so guessing stays slow; the event shows the attack.
            password = null;
            auditLog.record(AuditEventKind.SIGN_IN_FAILED, signInName(), null, null, "throttled");
            Messages.addGlobalError("people.login.error.throttled", Math.max(1, wait.toSeconds()));
            Faces.validationFailed();
            return;
        }
        // A new session id for whoever signs in, so an id planted before sign-in is worth nothing after it.
        if (Faces.getRequest().getSession(false) != null) {
            Faces.getRequest().changeSessionId();
        }
        // newAuthentication(false) lets the mechanism continue to the page first asked for, if any;
        // true would drop that saved request and leave a marker that breaks the next protected request.
        AuthenticationStatus status = securityContext.authenticate(Faces.getRequest(), Faces.getResponse(),
                withParams().newAuthentication(false)
                        .credential(new UsernamePasswordCredential(username, new Password(password))));
        if (status == AuthenticationStatus.SUCCESS || status == AuthenticationStatus.SEND_CONTINUE) {
            throttle.succeeded(username);
            auditLog.record(AuditEventKind.SIGN_IN, signInName(), null, null, null);
        }
        switch (status) {
            // The mechanism redirects to the page the user first asked for.
            case SEND_CONTINUE -> Faces.responseComplete();
            case SUCCESS -> Faces.redirect("home");
            default -> {
                throttle.failed(username, address);
                auditLog.record(AuditEventKind.SIGN_IN_FAILED, signInName(), null, null, null);
                password = null;
                Messages.addGlobalError("people.login.error.invalid");
                Faces.validationFailed();
            }
        }
    }

    public void signOut() throws IOException, ServletException {
        auditLog.record(AuditEventKind.SIGN_OUT, null, null);
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
