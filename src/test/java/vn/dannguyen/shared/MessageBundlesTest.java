package vn.dannguyen.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Every text a user sees exists in Vietnamese and in English, and every key a page or the code uses exists. */
class MessageBundlesTest {

    @ParameterizedTest
    @ValueSource(strings = {"i18n/messages", "ValidationMessages"})
    void vietnameseAndEnglishHaveTheSameKeys(String bundle) throws IOException {
        assertEquals(load(bundle + "_vi.properties").stringPropertyNames(),
                load(bundle + "_en.properties").stringPropertyNames());
    }

    @ParameterizedTest
    @ValueSource(strings = {"i18n/messages", "ValidationMessages"})
    void noMessageIsEmpty(String bundle) throws IOException {
        for (String language : new String[] {"_vi", "_en"}) {
            Properties messages = load(bundle + language + ".properties");
            Set<String> empty = new TreeSet<>();
            for (String key : messages.stringPropertyNames()) {
                if (messages.getProperty(key).isBlank()) {
                    empty.add(key);
                }
            }
            assertTrue(empty.isEmpty(), bundle + language + " has empty messages: " + empty);
        }
    }

    /**
     * Every message is a valid MessageFormat pattern (MessageBundleResolver and h:outputFormat format them)
     * and names the same placeholders in both languages, so no translation drops or invents a value.
     */
    @Test
    void everyMessageIsAValidPatternWithTheSamePlaceholdersInBothLanguages() throws IOException {
        Properties vi = load("i18n/messages_vi.properties");
        Properties en = load("i18n/messages_en.properties");
        Set<String> wrong = new TreeSet<>();
        for (String key : vi.stringPropertyNames()) {
            for (Properties language : List.of(vi, en)) {
                try {
                    new MessageFormat(language.getProperty(key));
                } catch (IllegalArgumentException invalid) {
                    wrong.add(key + ": not a valid pattern (" + invalid.getMessage() + "): " + language.getProperty(key));
                }
            }
            Set<Integer> inVietnamese = placeholders(vi.getProperty(key));
            Set<Integer> inEnglish = placeholders(en.getProperty(key, ""));
            if (!inVietnamese.equals(inEnglish)) {
                wrong.add(key + ": placeholders " + inVietnamese + " in Vietnamese, " + inEnglish + " in English");
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    /**
     * MessageFormat reads a single apostrophe as the start of quoted text, so in a message with placeholders
     * it silently drops the apostrophe and may swallow a placeholder: such messages write it twice.
     */
    @Test
    void aMessageWithPlaceholdersDoublesItsApostrophes() throws IOException {
        // petition.receipt.issuer is filled with String.replace, not MessageFormat, so its apostrophe stays.
        Set<String> notFormatted = Set.of("petition.receipt.issuer");
        Pattern lone = Pattern.compile("(?<!')'(?!')");
        Set<String> wrong = new TreeSet<>();
        for (String language : new String[] {"_vi", "_en"}) {
            Properties messages = load("i18n/messages" + language + ".properties");
            for (String key : messages.stringPropertyNames()) {
                String text = messages.getProperty(key);
                if (!notFormatted.contains(key) && !placeholders(text).isEmpty() && lone.matcher(text).find()) {
                    wrong.add(key + language + ": " + text);
                }
            }
        }
        assertTrue(wrong.isEmpty(), "single apostrophes MessageFormat would drop: " + wrong);
    }

    @Test
    void everyKeyAPageUsesExists() throws IOException {
        Set<String> keys = load("i18n/messages_vi.properties").stringPropertyNames();
        Pattern used = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher m = used.matcher(Files.readString(page));
                while (m.find()) {
                    if (!keys.contains(m.group(1))) {
                        missing.add(page + ": " + m.group(1));
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "keys missing from the bundles: " + missing);
    }

    /**
     * Every string literal in the code that looks like a key of one of the bundle's own prefixes (the first
     * word of any key: petition., task., meeting., ...) exists, so a business message never shows as its key.
     */
    @Test
    void everyMessageKeyInTheCodeExists() throws IOException {
        Set<String> keys = load("i18n/messages_vi.properties").stringPropertyNames();
        Set<String> prefixes = new TreeSet<>();
        for (String key : keys) {
            if (!key.startsWith("jakarta.")) {
                prefixes.add(Pattern.quote(key.substring(0, key.indexOf('.') + 1)));
            }
        }
        Pattern used = Pattern.compile("\"((?:" + String.join("|", prefixes) + ")[A-Za-z0-9_]+(?:\\.[A-Za-z0-9_]+)*)\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = used.matcher(Files.readString(source));
                while (m.find()) {
                    if (!keys.contains(m.group(1))) {
                        missing.add(source.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "keys missing from the bundles: " + missing);
    }

    /** The argument numbers a pattern names: {0}, {1,number}, ... */
    static Set<Integer> placeholders(String pattern) {
        Set<Integer> numbers = new TreeSet<>();
        Matcher m = Pattern.compile("\\{\\s*(\\d+)\\s*[,}]").matcher(pattern);
        while (m.find()) {
            numbers.add(Integer.parseInt(m.group(1)));
        }
        return numbers;
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertTrue(in != null, resource + " exists");
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
