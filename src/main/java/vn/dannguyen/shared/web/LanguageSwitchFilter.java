package vn.dannguyen.shared.web;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page asked for with {@code ?lang=vi|en} (the language links of every page): the language is chosen for the
 * session and the browser is sent back to the same page and parameters without it, so the address stays the one
 * the user had (and can be bookmarked or shared in any language).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class LanguageSwitchFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    LocaleSelection selection;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String language = "GET".equals(request.getMethod()) && request.getQueryString() != null
                ? request.getParameter(LocaleSelection.PARAMETER) : null;
        if (language == null || !LocaleSelection.isPagePath(request.getRequestURI())) {
            chain.doFilter(request, response);
            return;
        }
        selection.choose(language);
        String kept = LocaleSelection.withoutLanguage(request.getQueryString());
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getRequestURI() + (kept.isEmpty() ? "" : "?" + kept));
    }
}
