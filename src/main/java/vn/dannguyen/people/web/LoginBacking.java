package vn.dannguyen.people.web;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import java.io.IOException;

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

/** The sign-in page, and signing out from any page. */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    SecurityContext securityContext;

    private String username;
    private String password;

    public void signIn() throws IOException {
        // A new session id for whoever signs in, so an id planted before sign-in is worth nothing after it.
        if (Faces.getRequest().getSession(false) != null) {
            Faces.getRequest().changeSessionId();
        }
        // newAuthentication(false) lets the mechanism continue to the page first asked for, if any;
        // true would drop that saved request and leave a marker that breaks the next protected request.
        AuthenticationStatus status = securityContext.authenticate(Faces.getRequest(), Faces.getResponse(),
                withParams().newAuthentication(false)
                        .credential(new UsernamePasswordCredential(username, new Password(password))));
        switch (status) {
            // The mechanism redirects to the page the user first asked for.
            case SEND_CONTINUE -> Faces.responseComplete();
            case SUCCESS -> Faces.redirect("home");
            default -> {
                password = null;
                Messages.addGlobalError("people.login.error.invalid");
                Faces.validationFailed();
            }
        }
    }

    public void signOut() throws IOException, ServletException {
        Faces.getRequest().logout();
        Faces.invalidateSession();
        Faces.redirect("login");
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
}
