package vn.dannguyen;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/**
 * What a page shows in Vietnamese, read from the application's own bundle (i18n/messages_vi.properties),
 * so a test asserts the label the page really uses and a reworded label does not break the journey.
 */
public final class Labels {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final Properties VI = load("i18n/messages_vi.properties");

    private Labels() {
    }

    /** The Vietnamese text of {@code key}, with its placeholders filled as the application fills them. */
    public static String vi(String key, Object... arguments) {
        String pattern = VI.getProperty(key);
        if (pattern == null) {
            throw new IllegalArgumentException("no message " + key + " in messages_vi.properties");
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, VIETNAMESE).format(arguments);
    }

    /** The text of {@code key} up to its first placeholder: what a page shows whatever the values are. */
    public static String viPrefix(String key) {
        String pattern = vi(key);
        int placeholder = pattern.indexOf('{');
        return (placeholder < 0 ? pattern : pattern.substring(0, placeholder)).strip();
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = Labels.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
