package vn.dannguyen.shared;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.servlet.ServletContext;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Lets {@code Messages.addGlobalError("some.key")} and friends take bundle keys: every message shown to
 * a user is looked up in {@code i18n/messages} in the language of their view.
 */
@ApplicationScoped
public class MessageBundleResolver {

    public static final String BUNDLE = "i18n.messages";
    /** The communes' language: what records written for everyone (history, letters) are written in. */
    public static final Locale COMMUNE_LANGUAGE = Locale.forLanguageTag("vi");

    void install(@Observes @Initialized(ApplicationScoped.class) ServletContext context) {
        Messages.setResolver((key, params) -> text(Faces.getLocale(), key, params));
    }

    /**
     * The text of {@code key} in {@code locale}; a missing key shows as itself rather than failing. A
     * parameter that is itself a key of the bundle (such as a status name) is shown in the same language.
     */
    public static String text(Locale locale, String key, Object... params) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
        if (params == null || params.length == 0) {
            return pattern;
        }
        Object[] shown = params.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof String param && bundle.containsKey(param)) {
                shown[i] = bundle.getString(param);
            }
        }
        return new MessageFormat(pattern, locale).format(shown);
    }
}
