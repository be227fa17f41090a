package vn.dannguyen.people.web;

import java.io.IOException;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import vn.dannguyen.people.ActiveUser;
import vn.dannguyen.people.PasswordCheckGate;
import vn.dannguyen.people.PasswordPolicy;
import vn.dannguyen.people.SignInThrottle;
import vn.dannguyen.people.UserService;
import vn.dannguyen.shared.BusinessException;

/** /account/password: the signed-in user sets a new password, giving the current one. */
@Named
@RequestScoped
public class AccountPasswordBacking {

    @Inject
    UserService users;

    @Inject
    ActiveUser activeUser;

    @Inject
    SignInThrottle throttle;

    @Inject
    PasswordCheckGate passwordChecks;

    private String current;
    private String replacement;
    private String repeated;

    public void change() throws IOException {
        if (replacement == null || !replacement.equals(repeated)) {
            refuse("people.password.error.repeat");
            return;
        }
        // Checking the current password is a guess like a sign-in: the same throttle (five tries for the signed-in
        // account, wherever from) and the same bound on password checks at once.
        SignInThrottle.Attempt attempt = throttle.attempt(activeUser.getUsername(), Faces.getRequest().getRemoteAddr(),
                Optional.of("signed-in"));
        if (attempt.refused()) {
            refuse("people.login.error.throttled", Math.max(1, attempt.retryAfter().toSeconds()));
            return;
        }
        try {
            if (passwordChecks.tryCheck(() -> {
                users.changeOwnPassword(current.toCharArray(), replacement.toCharArray());
                return true;
            }).isEmpty()) {
                throttle.notChecked(attempt);
                refuse("people.login.error.busy");
                return;
            }
        } catch (BusinessException refused) {
            if (!"people.password.error.current".equals(refused.getMessageKey())) {
                throttle.notChecked(attempt);
            }
            refuse(refused.getMessageKey(), refused.getArguments());
            return;
        }
        throttle.succeeded(attempt);
        activeUser.passwordChanged();
        SignedInSessions.endOthers(activeUser.getUsername(), Faces.getSession());
        Messages.addFlashGlobalInfo("people.password.done");
        Faces.redirect("home");
    }

    private void refuse(String message, Object... parameters) {
        current = null;
        replacement = null;
        repeated = null;
        Messages.addGlobalError(message, parameters);
        Faces.validationFailed();
    }

    public boolean isRequired() { return activeUser.isPasswordChangeRequired(); }
    public int getMinLength() { return PasswordPolicy.MIN_LENGTH; }
    public int getMaxLength() { return PasswordPolicy.MAX_LENGTH; }
    public String getCurrent() { return current; }
    public void setCurrent(String current) { this.current = current; }
    public String getReplacement() { return replacement; }
    public void setReplacement(String replacement) { this.replacement = replacement; }
    public String getRepeated() { return repeated; }
    public void setRepeated(String repeated) { this.repeated = repeated; }
}
