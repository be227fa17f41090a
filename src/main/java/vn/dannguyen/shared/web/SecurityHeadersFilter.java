package vn.dannguyen.shared.web;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.faces.application.ResourceHandler;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Headers every response carries (OWASP ASVS 3.4): no framing by other sites, no MIME sniffing, no
 * referrer leaking a petition's address, no browser features the app does not use, and HSTS once the
 * request came over TLS. The session cookie is HttpOnly (web.xml), Secure where SESSION_COOKIE_SECURE says so,
 * and SameSite=Lax (WEB-INF/undertow-handlers.conf): not sent with requests other sites start, except a plain
 * link followed to a page, so a reminder e-mail's link still opens the petition. PrimeFaces adds its own script policy with a nonce to pages (primefaces.CSP);
 * browsers enforce both policies together. Pages with personal data are not kept in caches.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true,
        // ERROR too: the container empties the headers of a failed response before it draws the error page.
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR, DispatcherType.ASYNC})
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Scripts are left to PrimeFaces' nonce policy; this one closes what that one does not cover. */
    static final String POLICY = "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        // A resource is known by the servlet path the container resolved, so neither "/page;x=/jakarta.faces.resource/"
        // nor "/jakarta.faces.resource/../page" passes for one.
        if (!request.getServletPath().startsWith(ResourceHandler.RESOURCE_IDENTIFIER + "/")) {
            // Pages and files may show a petitioner's name and address: never from a shared cache or "back" after sign-out.
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }
}
