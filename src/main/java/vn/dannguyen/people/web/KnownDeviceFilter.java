package vn.dannguyen.people.web;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import vn.dannguyen.people.KnownDevices;

/** Gives a browser its device cookie on the first response after it signed in ({@link KnownDevices}). */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class KnownDeviceFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    KnownDevices knownDevices;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        knownDevices.rememberWhenAsked(request, response);
        chain.doFilter(request, response);
    }
}
