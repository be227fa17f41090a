package vn.dannguyen.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The pages shape their component trees with {@code rendered} alone, never with tags that build a different
 * tree from data: {@link vn.dannguyen.shared.web.speed.SingleBuildViewDeclarationLanguageFactory} builds an Ajax request's view once, so
 * such a tag would keep the shape it had when the view was restored.
 */
class ViewShapeTest {

    /**
     * The tag libraries a page may declare. None of them has a tag that shapes the tree from data, except
     * Facelets' includes, checked below. A new library (JSTL, OmniFaces' tags...) fails here until someone has
     * checked its tags against the single build.
     */
    static final Set<String> KNOWN_LIBRARIES = Set.of("http://www.w3.org/1999/xhtml", "jakarta.faces.html", "jakarta.faces.core",
            "jakarta.faces.facelets", "jakarta.faces.passthrough", "primefaces", "https://dannguyen.vn/tags",
            "http://omnifaces.org/functions", "http://omnifaces.org/ui");

    /**
     * OmniFaces' components and tag handlers, checked one by one: validateOrder is a component that validates the
     * fields it names during the request's own lifecycle, and builds nothing.
     */
    static final Set<String> KNOWN_OMNIFACES_TAGS = Set.of("validateOrder");

    static final Pattern OMNIFACES_PREFIX = Pattern.compile("xmlns:(\\w+)\\s*=\\s*[\"']http://omnifaces\\.org/ui[\"']");

    static final Pattern NAMESPACE = Pattern.compile("xmlns(?::\\w+)?\\s*=\\s*[\"']([^\"']*)[\"']");

    /** Facelets tags whose source or template is computed: which page they include would depend on data. */
    static final Pattern COMPUTED_INCLUDE =
            Pattern.compile("<ui:(include|decorate|composition)\\b[^>]*\\b(src|template)\\s*=\\s*[\"'][^\"']*[#$]\\{");

    @Test
    void pagesUseOnlyKnownLibrariesAndFixedIncludes() throws IOException {
        List<Path> pages;
        try (Stream<Path> files = Files.walk(Path.of("src/main/webapp"))) {
            pages = files.filter(p -> p.toString().endsWith(".xhtml")).toList();
        }
        assertTrue(pages.size() > 30, "the pages were found: " + pages.size());
        Set<String> found = new TreeSet<>();
        for (Path page : pages) {
            String text = Files.readString(page);
            found.addAll(unknownLibraries(text).stream().map(ns -> page + ": " + ns).toList());
            found.addAll(uncheckedOmniFacesTags(text).stream().map(tag -> page + ": OmniFaces " + tag).toList());
            Matcher include = COMPUTED_INCLUDE.matcher(text);
            while (include.find()) {
                found.add(page + ": " + include.group());
            }
        }
        assertEquals(Set.of(), found, "libraries not checked against the single build, or computed includes (use rendered)");
    }

    /** The one date picker tag; every page's date picker is this tag, never PrimeFaces' own. */
    static final Path DATE_TAG = Path.of("src/main/webapp/WEB-INF/tags/date.xhtml");

    /**
     * Every date picker refuses a day that does not exist (STRICT, not 31/02 read as 28/02), opens its calendar from
     * the button only (opened on focus it took the keyboard and a typed date was lost) and keeps text it cannot read:
     * the pages use {@code dn:date}, which says so once, and no {@code p:datePicker} of their own.
     */
    @Test
    void everyDatePickerIsTheStrictDateTag() throws IOException {
        Matcher picker = Pattern.compile("<p:datePicker\\b[^>]*>").matcher(Files.readString(DATE_TAG));
        assertTrue(picker.find(), "the tag draws a p:datePicker");
        for (String strict : List.of("resolverStyle=\"STRICT\"", "showOnFocus=\"false\"", "keepInvalid=\"true\"")) {
            assertTrue(picker.group().contains(strict), "the tag's picker has " + strict);
        }
        Set<String> forwarded = dateTagAttributes();
        for (String attribute : forwarded) {
            assertTrue(picker.group().contains(attribute + "=\"#{" + attribute + "}\""), "the tag passes on " + attribute);
        }

        Pattern rawPicker = Pattern.compile("<p:datePicker\\b");
        Pattern dateTag = Pattern.compile("<dn:date\\b([^>]*)>");
        Pattern attributeName = Pattern.compile("([\\w:]+)\\s*=\\s*(\"[^\"]*\"|'[^']*')");
        Set<String> wrong = new TreeSet<>();
        int tags = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : files.filter(p -> p.toString().endsWith(".xhtml") && !p.equals(DATE_TAG)).toList()) {
                String text = Files.readString(page);
                if (rawPicker.matcher(text).find()) {
                    wrong.add(page + ": a p:datePicker (use dn:date)");
                }
                Matcher tag = dateTag.matcher(text);
                while (tag.find()) {
                    tags++;
                    Matcher attribute = attributeName.matcher(tag.group(1));
                    while (attribute.find()) {
                        if (!forwarded.contains(attribute.group(1))) {
                            // Any other attribute would be dropped without a word: the tag passes on only those it names.
                            wrong.add(page + ": dn:date " + attribute.group(1) + " (not passed on by the tag)");
                        }
                    }
                }
            }
        }
        assertTrue(tags > 10, "the date tags were found: " + tags);
        assertEquals(Set.of(), wrong);
    }

    /** The attributes dn.taglib.xml declares for dn:date. */
    static Set<String> dateTagAttributes() throws IOException {
        String taglib = Files.readString(Path.of("src/main/webapp/WEB-INF/dn.taglib.xml"));
        Matcher tag = Pattern.compile("<tag-name>date</tag-name>(.*?)</tag>", Pattern.DOTALL).matcher(taglib);
        assertTrue(tag.find(), "dn:date is declared");
        Set<String> names = new TreeSet<>();
        Matcher name = Pattern.compile("<name>(\\w+)</name>").matcher(tag.group(1));
        while (name.find()) {
            names.add(name.group(1));
        }
        return names;
    }

    @Test
    void theGuardRecognisesSuchTags() {
        assertEquals(Set.of("jakarta.tags.core", "http://java.sun.com/jstl/core"),
                unknownLibraries("<ui:composition xmlns:c=\"jakarta.tags.core\" xmlns:ui=\"jakarta.faces.facelets\" xmlns:x='http://java.sun.com/jstl/core'>"));
        assertEquals(Set.of("tree"), uncheckedOmniFacesTags(
                "<ui:composition xmlns:o=\"http://omnifaces.org/ui\"><o:validateOrder components=\"a b\"/><o:tree value=\"#{x}\"/>"));
        assertTrue(COMPUTED_INCLUDE.matcher("<ui:include src=\"#{bean.page}\"/>").find());
        assertTrue(COMPUTED_INCLUDE.matcher("<ui:decorate template='${bean.page}'>").find());
        assertTrue(!COMPUTED_INCLUDE.matcher("<ui:include src=\"/WEB-INF/includes/fixed.xhtml\"/>").find(), "a fixed include is allowed");
    }

    static Set<String> uncheckedOmniFacesTags(String page) {
        Set<String> unchecked = new TreeSet<>();
        Matcher prefix = OMNIFACES_PREFIX.matcher(page);
        while (prefix.find()) {
            Matcher tag = Pattern.compile("<" + prefix.group(1) + ":(\\w+)").matcher(page);
            while (tag.find()) {
                if (!KNOWN_OMNIFACES_TAGS.contains(tag.group(1))) {
                    unchecked.add(tag.group(1));
                }
            }
        }
        return unchecked;
    }

    static Set<String> unknownLibraries(String page) {
        Set<String> unknown = new TreeSet<>();
        Matcher namespace = NAMESPACE.matcher(page);
        while (namespace.find()) {
            if (!KNOWN_LIBRARIES.contains(namespace.group(1))) {
                unknown.add(namespace.group(1));
            }
        }
        return unknown;
    }
}
