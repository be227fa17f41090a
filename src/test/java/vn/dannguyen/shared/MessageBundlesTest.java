package vn.dannguyen.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Every text a user sees exists in Vietnamese and in English, and every key a page uses exists. */
class MessageBundlesTest {

    @ParameterizedTest
    @ValueSource(strings = {"i18n/messages", "ValidationMessages"})
    void vietnameseAndEnglishHaveTheSameKeys(String bundle) throws IOException {
        assertEquals(load(bundle + "_vi.properties").stringPropertyNames(),
                load(bundle + "_en.properties").stringPropertyNames());
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

    @Test
    void everyBusinessMessageKeyInTheCodeExists() throws IOException {
        Set<String> keys = load("i18n/messages_vi.properties").stringPropertyNames();
        Pattern used = Pattern.compile("\"((?:common|people|reference|home|error)\\.[A-Za-z0-9_.]+)\"");
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

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertTrue(in != null, resource + " exists");
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
