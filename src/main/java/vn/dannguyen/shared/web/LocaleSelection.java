package vn.dannguyen.shared.web;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;

/** The language of the user's pages for their session: Vietnamese unless they choose English. */
@Named
@SessionScoped
public class LocaleSelection implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    public static final List<Locale> SUPPORTED = List.of(VIETNAMESE, Locale.ENGLISH);

    private Locale locale = VIETNAMESE;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    /** Switches language and reloads the page the user is on, keeping its query string. */
    public void switchTo(String language) {
        locale = SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst().orElse(VIETNAMESE);
        Faces.setLocale(locale);
        Faces.refreshWithQueryString();
    }
}
