package vn.dannguyen.people.web;

import java.io.IOException;

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

    @Inject
    ActiveUser activeUser;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getUserPrincipal() != null && !path.startsWith(PAGE) && !path.contains("/jakarta.faces.resource/")
                && activeUser.isPasswordChangeRequired()) {
            Servlets.facesRedirect(request, response, request.getContextPath() + PAGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
