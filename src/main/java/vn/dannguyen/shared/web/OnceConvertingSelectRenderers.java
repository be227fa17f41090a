package vn.dannguyen.shared.web;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;

import org.primefaces.component.selectonebutton.SelectOneButtonRenderer;
import org.primefaces.component.selectonemenu.SelectOneMenuRenderer;
import org.primefaces.util.ComponentUtils;

/**
 * PrimeFaces' select renderers that look up a select's implicit converter once per request, not once per option.
 *
 * <p>Why: for a select without its own converter whose values are not strings (enums, ids), PrimeFaces asks for
 * the converter again for every option it writes and for every option it checks a submitted value against: the
 * value expression's type, then {@code Application.createConverter}, a CDI lookup in Mojarra. In a profile of
 * the intake form's save that was about 6 % of the request's CPU (docs/benchmarks/one-request-per-petition.md).
 * The answer depends only on the type of the component's value, so within one request it is asked once per component;
 * except inside a table or repeat, where one component serves rows whose values may differ in type, and it is
 * asked as before. Registered in faces-config.xml in place of PrimeFaces' own renderers; nothing else changes.
 */
public final class OnceConvertingSelectRenderers {

    private static final String KNOWN = OnceConvertingSelectRenderers.class.getName();

    private OnceConvertingSelectRenderers() {
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    static Converter once(FacesContext context, UIComponent select, Supplier<Converter> lookup) {
        if (ComponentUtils.isNestedWithinIterator(select)) {
            return lookup.get();
        }
        Map<UIComponent, Optional<Converter>> known = (Map<UIComponent, Optional<Converter>>) context.getAttributes()
                .computeIfAbsent(KNOWN, key -> new IdentityHashMap<UIComponent, Optional<Converter>>());
        return known.computeIfAbsent(select, component -> Optional.ofNullable(lookup.get())).orElse(null);
    }

    /** {@code p:selectOneMenu}. */
    public static class Menu extends SelectOneMenuRenderer {
        @Override
        @SuppressWarnings("rawtypes")
        protected Converter findImplicitConverter(FacesContext context, UIComponent select) {
            return once(context, select, () -> super.findImplicitConverter(context, select));
        }
    }

    /** {@code p:selectOneButton}. */
    public static class Buttons extends SelectOneButtonRenderer {
        @Override
        @SuppressWarnings("rawtypes")
        protected Converter findImplicitConverter(FacesContext context, UIComponent select) {
            return once(context, select, () -> super.findImplicitConverter(context, select));
        }
    }
}
