package vn.dannguyen.people.web;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/**
 * The sessions each account is signed in with on this server, so that a new password ends the others at once
 * (a session stolen before the change is worth nothing after it).
 */
@WebListener
public class SignedInSessions implements HttpSessionListener {

    private static final String ACCOUNT = SignedInSessions.class.getName() + ".account";
    private static final Map<String, Set<HttpSession>> BY_ACCOUNT = new ConcurrentHashMap<>();

    /** {@code session} is now signed in as {@code username}. */
    static void signedIn(HttpSession session, String username) {
        session.setAttribute(ACCOUNT, username);
        BY_ACCOUNT.computeIfAbsent(username, name -> ConcurrentHashMap.newKeySet()).add(session);
    }

    /** Ends every session of {@code username} but {@code kept}. */
    static void endOthers(String username, HttpSession kept) {
        Set<HttpSession> sessions = BY_ACCOUNT.getOrDefault(username, Set.of());
        for (HttpSession session : Set.copyOf(sessions)) {
            if (!session.getId().equals(kept.getId())) {
                sessions.remove(session);
                try {
                    session.invalidate();
                } catch (IllegalStateException alreadyEnded) {
                    // it ended on its own meanwhile
                }
            }
        }
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        Object username = event.getSession().getAttribute(ACCOUNT);
        if (username != null) {
            Set<HttpSession> sessions = BY_ACCOUNT.get(username);
            if (sessions != null) {
                sessions.removeIf(session -> session.getId().equals(event.getSession().getId()));
                BY_ACCOUNT.computeIfPresent((String) username, (name, left) -> left.isEmpty() ? null : left);
            }
        }
    }
}
