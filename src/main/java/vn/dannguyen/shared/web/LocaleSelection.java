package vn.dannguyen.shared.web;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.omnifaces.util.Faces;

/**
 * The language of the user's pages for their session: Vietnamese unless they choose English. The choice is a
 * plain link to the page the user is on, with its query string and {@value #PARAMETER}; {@link LanguageSwitchFilter}
 * takes it and sends the browser back to the same address without it.
 */
@Named
@SessionScoped
public class LocaleSelection implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    public static final List<Locale> SUPPORTED = List.of(VIETNAMESE, Locale.ENGLISH);
    /** The query parameter that chooses a language. */
    public static final String PARAMETER = "lang";
    /** The shape of this application's page addresses; anything else (e.g. "//host/…") is never sent back to. */
    private static final Pattern PAGE_PATH = Pattern.compile("/(?!/)[A-Za-z0-9._~/-]*");

    private Locale locale = VIETNAMESE;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    /** Chooses a supported language; anything else is ignored. */
    void choose(String language) {
        supported(language).ifPresent(chosen -> locale = chosen);
    }

    static Optional<Locale> supported(String language) {
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst();
    }

    /**
     * The address of the page being drawn, with its query string, in {@code language}. An error page names the
     * address that failed (the user stays on it); a page drawn after a form was sent names the form's page.
     */
    public String addressIn(String language) {
        HttpServletRequest request = Faces.getRequest();
        String failed = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String forwarded = (String) request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        String uri;
        String query;
        if (failed != null) {
            uri = failed;
            // Servlet 6.1 names the failed request's query string; before it, the error dispatch still has it.
            query = (String) request.getAttribute("jakarta.servlet.error.query_string");
            if (query == null) {
                query = request.getQueryString();
            }
        } else if (forwarded != null) {
            uri = forwarded;
            query = (String) request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
        } else {
            uri = request.getRequestURI();
            query = request.getQueryString();
        }
        if (!isPagePath(uri)) {
            uri = request.getContextPath() + "/";
            query = null;
        }
        String kept = withoutLanguage(query);
        return uri + "?" + (kept.isEmpty() ? "" : kept + "&") + PARAMETER + "=" + language;
    }

    static boolean isPagePath(String uri) {
        return uri != null && PAGE_PATH.matcher(uri).matches();
    }

    /** A query string without its language parameter (empty if nothing else is left). */
    static String withoutLanguage(String query) {
        if (query == null || query.isEmpty()) {
            return "";
        }
        return Arrays.stream(query.split("&"))
                .filter(pair -> !pair.equals(PARAMETER) && !pair.startsWith(PARAMETER + "="))
                .collect(Collectors.joining("&"));
    }
}
