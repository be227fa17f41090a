package vn.dannguyen.people.web;

import java.io.IOException;

import jakarta.faces.application.ResourceHandler;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.omnifaces.util.Servlets;

import vn.dannguyen.people.ActiveUser;

/**
 * A user whose password someone else chose (the first administrator) sees only the page that changes it until
 * they have; scripts and styles still load, and signing out from that page still works.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class PasswordChangeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String PAGE = "/account/password";
    /** The servlet path of that page as Faces serves it (OmniFaces maps the address without .xhtml onto it). */
    static final String PAGE_VIEW = PAGE + ".xhtml";

    @Inject
    ActiveUser activeUser;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // Decided on the servlet path the container resolved, never the raw URI, which may carry ";..." or "/../".
        String path = request.getServletPath();
        if (request.getUserPrincipal() != null && !PAGE.equals(path) && !PAGE_VIEW.equals(path)
                && !isResource(request) && activeUser.isPasswordChangeRequired()) {
            Servlets.facesRedirect(request, response, request.getContextPath() + PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * A script or style of Faces, judged by the servlet path the container resolved: the raw address may start
     * like one and climb out of it ({@code /jakarta.faces.resource/../admin/communes}).
     */
    static boolean isResource(HttpServletRequest request) {
        return request.getServletPath().startsWith(ResourceHandler.RESOURCE_IDENTIFIER + "/");
    }
}
