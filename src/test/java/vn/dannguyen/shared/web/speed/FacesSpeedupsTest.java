package vn.dannguyen.shared.web.speed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import javax.xml.parsers.DocumentBuilderFactory;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.FacesContextWrapper;
import jakarta.faces.context.PartialViewContext;
import jakarta.faces.context.PartialViewContextWrapper;
import jakarta.faces.event.PhaseId;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.primefaces.component.selectonemenu.SelectOneMenuRenderer;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The switch, and the framework details the speed-ups rely on: a framework upgrade that changes them fails here. */
class FacesSpeedupsTest {

    @AfterEach
    void noFacesContextLeft() {
        AjaxRender.forget();
    }

    @Test
    void onlyFalseTurnsThemOffAndTheEnvironmentWins() {
        assertTrue(FacesSpeedups.enabled(null, null));
        assertTrue(FacesSpeedups.enabled("true", null));
        assertFalse(FacesSpeedups.enabled("false", null));
        assertFalse(FacesSpeedups.enabled(" FALSE ", null));
        assertFalse(FacesSpeedups.enabled(null, "false"));
        assertFalse(FacesSpeedups.enabled("", "false"));
        assertTrue(FacesSpeedups.enabled("true", "false"));
        assertTrue(FacesSpeedups.enabled(null, null) == FacesSpeedups.enabled(), "on when nothing is set, as in the tests");
    }

    /**
     * The single build skips the second pass when Mojarra has marked the view as built in this request. The mark is
     * Mojarra's own (Util.setViewPopulated, read by its FaceletViewHandlingStrategy.buildView), not in the Faces API.
     */
    @Test
    void theSingleBuildSeesMojarrasMarkOfABuiltView() {
        UIViewRoot root = new UIViewRoot();
        AjaxRender context = new AjaxRender();
        assertFalse(SingleBuildViewDeclarationLanguageFactory.SingleBuild.alreadyBuilt(context, root), "not yet built");
        com.sun.faces.util.Util.setViewPopulated(context, root);
        assertTrue(com.sun.faces.util.Util.isViewPopulated(context, root));
        assertTrue(SingleBuildViewDeclarationLanguageFactory.SingleBuild.alreadyBuilt(context, root),
                "Mojarra marks a built view in some other way now: the single build would build every view twice, or never");
    }

    /** Ours replace PrimeFaces' renderers for these types: they must extend the very classes PrimeFaces registers. */
    @Test
    void theSelectRenderersExtendThoseThatPrimeFacesRegisters() throws Exception {
        Map<String, String> ours = renderers(Files.newInputStream(Path.of("src/main/webapp/WEB-INF/faces-config.xml")));
        URL primeFacesJar = SelectOneMenuRenderer.class.getProtectionDomain().getCodeSource().getLocation();
        Map<String, String> primeFaces;
        try (InputStream config = java.net.URI.create("jar:" + primeFacesJar + "!/META-INF/faces-config.xml").toURL().openStream()) {
            primeFaces = renderers(config);
        }
        assertEquals(2, ours.size(), "the select renderers found in faces-config.xml: " + ours);
        for (Map.Entry<String, String> renderer : ours.entrySet()) {
            assertEquals(primeFaces.get(renderer.getKey()), Class.forName(renderer.getValue()).getSuperclass().getName(),
                    renderer.getKey());
        }
    }

    /** family/type → class of each renderer a faces-config declares. */
    private static Map<String, String> renderers(InputStream facesConfig) throws Exception {
        try (facesConfig) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document document = factory.newDocumentBuilder().parse(facesConfig);
            NodeList renderers = document.getElementsByTagNameNS("*", "renderer");
            Map<String, String> found = new TreeMap<>();
            for (int i = 0; i < renderers.getLength(); i++) {
                Element renderer = (Element) renderers.item(i);
                found.put(text(renderer, "component-family") + "/" + text(renderer, "renderer-type"), text(renderer, "renderer-class"));
            }
            return found;
        }
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagNameNS("*", name).item(0).getTextContent().strip();
    }

    /** The render phase of an Ajax postback, with nothing else of a request. */
    static final class AjaxRender extends FacesContextWrapper {

        private final Map<Object, Object> attributes = new HashMap<>();

        AjaxRender() {
            super(null);
            setCurrentInstance(this);
        }

        static void forget() {
            setCurrentInstance(null);
        }

        @Override
        public Map<Object, Object> getAttributes() {
            return attributes;
        }

        @Override
        public PhaseId getCurrentPhaseId() {
            return PhaseId.RENDER_RESPONSE;
        }

        @Override
        public boolean isPostback() {
            return true;
        }

        @Override
        public PartialViewContext getPartialViewContext() {
            return new PartialViewContextWrapper(null) {
                @Override
                public boolean isAjaxRequest() {
                    return true;
                }
            };
        }
    }
}
