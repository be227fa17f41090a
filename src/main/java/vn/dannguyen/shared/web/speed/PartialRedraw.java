package vn.dannguyen.shared.web.speed;

import java.io.Serializable;

import jakarta.faces.context.FacesContext;

import org.primefaces.PrimeFaces;

/**
 * What a form's save draws besides its own {@code update}: only the parts of the form the answer changed, picked
 * by the page's bean, instead of the whole form. Drawing the whole intake form again was half of a save's CPU
 * (README, "Faces speed-ups"); the browser empties the form itself ({@code petition-new.js}).
 *
 * <p>The whole form is still drawn when it shows a refusal's marks beside its fields, which only a new drawing
 * removes, and on every answer with the speed-ups off ({@link FacesSpeedups}), as a plain {@code update="@form"}
 * would. One per form, kept by the view-scoped bean.
 */
public final class PartialRedraw implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String form;
    /** The form was last drawn with validation errors. */
    private boolean showsErrors;

    public PartialRedraw(String form) {
        this.form = form;
    }

    /** For the form's postValidate event: a refused form is drawn whole, with its errors. True when it was. */
    public boolean drawIfRefused() {
        if (!FacesContext.getCurrentInstance().isValidationFailed()) {
            return false;
        }
        showsErrors = true;
        PrimeFaces.current().ajax().update(form);
        return true;
    }

    /** Draws the whole form when it must (it shows a refusal's marks, or the speed-ups are off). True when it did. */
    public boolean drawWholeIfNeeded() {
        if (!showsErrors && FacesSpeedups.enabled()) {
            return false;
        }
        showsErrors = false;
        PrimeFaces.current().ajax().update(form);
        return true;
    }

    /** Draws these parts of the form; call only when {@link #drawWholeIfNeeded()} did not draw it whole. */
    public void drawParts(String... clientIds) {
        PrimeFaces.current().ajax().update(clientIds);
    }
}
