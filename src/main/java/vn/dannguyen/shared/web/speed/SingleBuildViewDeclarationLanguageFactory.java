package vn.dannguyen.shared.web.speed;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.faces.view.ViewDeclarationLanguage;
import jakarta.faces.view.ViewDeclarationLanguageFactory;
import jakarta.faces.view.ViewDeclarationLanguageWrapper;

/**
 * Builds a view once per Ajax request instead of twice.
 *
 * <p>Mojarra builds the component tree from the page's Facelets when it restores a view, and then, before
 * rendering, applies all the page's Facelets to that tree again. The second pass is there for trees whose
 * shape depends on data (JSTL's {@code c:if} and {@code c:forEach}, {@code ui:include} with a computed
 * source): it adds and removes the components those tags now produce. It cost 14 % of a petition list
 * request's CPU. Our pages shape their trees with {@code rendered} only, never with such tags, so the
 * second pass finds every component where it already is; {@code ViewShapeTest} keeps it so (a page may use
 * only the tag libraries it knows).
 *
 * <p>The pass is skipped only when all of this holds: an Ajax postback, in the render phase, for the view
 * that was restored and built in this same request (Mojarra marks such a view in the context's
 * attributes, {@code com.sun.faces.util.Util.setViewPopulated}; {@code FacesSpeedupsTest} fails if that changes).
 * A navigation to another view, a full-page postback and a first GET build as before; with the speed-ups off
 * (FacesSpeedups) every request does.
 */
public class SingleBuildViewDeclarationLanguageFactory extends ViewDeclarationLanguageFactory {

    public SingleBuildViewDeclarationLanguageFactory(ViewDeclarationLanguageFactory wrapped) {
        super(wrapped);
    }

    /** One wrapper per language Mojarra has (Facelets, in practice), made when first asked for. */
    private final Map<ViewDeclarationLanguage, SingleBuild> wrappers = new ConcurrentHashMap<>();

    @Override
    public ViewDeclarationLanguage getViewDeclarationLanguage(String viewId) {
        ViewDeclarationLanguage language = getWrapped().getViewDeclarationLanguage(viewId);
        return language == null || !FacesSpeedups.enabled() ? language : wrappers.computeIfAbsent(language, SingleBuild::new);
    }

    /** Passed on: the base class answers an empty list, which would hide every view from ViewHandler.getViews. */
    @Override
    public List<ViewDeclarationLanguage> getAllViewDeclarationLanguages() {
        if (!FacesSpeedups.enabled()) {
            return getWrapped().getAllViewDeclarationLanguages();
        }
        return getWrapped().getAllViewDeclarationLanguages().stream()
                .map(language -> (ViewDeclarationLanguage) wrappers.computeIfAbsent(language, SingleBuild::new)).toList();
    }

    static final class SingleBuild extends ViewDeclarationLanguageWrapper {

        SingleBuild(ViewDeclarationLanguage wrapped) {
            super(wrapped);
        }

        @Override
        public void buildView(FacesContext context, UIViewRoot root) throws IOException {
            if (alreadyBuilt(context, root)) {
                return;
            }
            getWrapped().buildView(context, root);
        }

        static boolean alreadyBuilt(FacesContext context, UIViewRoot root) {
            return context.getCurrentPhaseId() == PhaseId.RENDER_RESPONSE
                    && context.isPostback()
                    && context.getPartialViewContext().isAjaxRequest()
                    && context.getAttributes().containsKey(root);
        }
    }
}
