package vn.dannguyen.shared.web;

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
 * tree from data: {@link SingleBuildViewDeclarationLanguageFactory} builds an Ajax request's view once, so
 * such a tag would keep the shape it had when the view was restored.
 */
class ViewShapeTest {

    /** JSTL's core tags, in any of their namespaces, and Facelets tags whose source or template is computed. */
    static final List<Pattern> DATA_SHAPED = List.of(
            Pattern.compile("xmlns:\\w+=\"(jakarta\\.tags\\.core|http://xmlns\\.jcp\\.org/jsp/jstl/core|http://java\\.sun\\.com/jsp/jstl/core)\""),
            Pattern.compile("<c:(if|forEach|choose|when|otherwise|set)\\b"),
            Pattern.compile("<ui:(include|decorate|composition)\\b[^>]*\\b(src|template)=\"[^\"]*#\\{"));

    @Test
    void noPageShapesItsTreeFromData() throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                String text = Files.readString(page);
                for (Pattern pattern : DATA_SHAPED) {
                    Matcher m = pattern.matcher(text);
                    while (m.find()) {
                        found.add(page + ": " + m.group());
                    }
                }
            }
        }
        assertTrue(found.isEmpty(), "tags that shape the tree from data (use rendered instead): " + found);
    }

    @Test
    void theGuardRecognisesSuchTags() {
        String page = "<ui:composition xmlns:c=\"jakarta.tags.core\"><c:if test=\"#{x}\"/>"
                + "<ui:include src=\"#{bean.page}\"/><ui:include src=\"/WEB-INF/includes/fixed.xhtml\"/></ui:composition>";
        assertTrue(DATA_SHAPED.stream().allMatch(p -> p.matcher(page).find()));
        assertTrue(DATA_SHAPED.get(2).matcher(page).results().count() == 1, "a fixed include is allowed");
    }
}
