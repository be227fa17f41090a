package vn.dannguyen.audit;

import java.security.Principal;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Who is behind the current call, for audit records written outside a bean that could inject it (the Envers
 * listener). The request's address is kept for the request's thread; local EJB calls run on that thread.
 */
@WebListener
public class AuditCaller implements ServletRequestListener {

    public static final String SYSTEM = "system";
    private static final String ANONYMOUS = "anonymous";
    private static final ThreadLocal<String> ADDRESS = new ThreadLocal<>();

    @Override
    public void requestInitialized(ServletRequestEvent event) {
        ADDRESS.set(event.getServletRequest().getRemoteAddr());
    }

    @Override
    public void requestDestroyed(ServletRequestEvent event) {
        ADDRESS.remove();
    }

    /** The signed-in caller's user name, or "system" for timers, start-up work and anonymous callers. */
    public static String name() {
        try {
            Principal principal = CDI.current().select(SecurityContext.class).get().getCallerPrincipal();
            if (principal == null || principal.getName() == null || ANONYMOUS.equals(principal.getName())) {
                return SYSTEM;
            }
            return principal.getName();
        } catch (IllegalStateException e) {
            return SYSTEM;
        }
    }

    /** The remote address of the web request being served on this thread, if any. */
    public static String address() {
        return ADDRESS.get();
    }
}
