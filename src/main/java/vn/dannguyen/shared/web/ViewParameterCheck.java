package vn.dannguyen.shared.web;

import jakarta.faces.component.UIViewParameter;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.view.ViewMetadata;
import jakarta.servlet.http.HttpServletResponse;

import org.omnifaces.util.Faces;

/**
 * A page asked for with a view parameter it cannot read ({@code ?id=4.0}, {@code ?id=abc}, more digits than a
 * {@code Long} holds) is not found: the normal 404 page, as for an id that reads but names no record. Without
 * this the page was drawn without its record and failed (500), or showed an empty form as if nothing had been
 * asked. One listener for every page's {@code f:viewParam}, so a new page cannot forget it.
 */
public class ViewParameterCheck implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.PROCESS_VALIDATIONS;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        // On a post-back the parameters are the view's own (kept in its state), not what the address says.
        if (context.isPostback() || !context.isValidationFailed() || context.getResponseComplete()) {
            return;
        }
        for (UIViewParameter parameter : ViewMetadata.getViewParameters(context.getViewRoot())) {
            if (!parameter.isValid()) {
                Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, "unreadable parameter " + parameter.getName());
                return;
            }
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // Nothing to do before the parameters are read.
    }
}
