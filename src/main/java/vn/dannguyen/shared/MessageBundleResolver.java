package vn.dannguyen.shared;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
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

    void install(@Observes @Initialized(ApplicationScoped.class) ServletContext context) {
        Messages.setResolver((key, params) -> text(Faces.getLocale(), key, params));
    }

    /** The text of {@code key} in {@code locale}; a missing key shows as itself rather than failing. */
    public static String text(Locale locale, String key, Object... params) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        return params == null || params.length == 0 ? pattern : new MessageFormat(pattern, locale).format(params);
    }
}
