package vn.dannguyen.shared;

import java.util.Iterator;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;

import org.omnifaces.util.Messages;

/**
 * Turns a {@link BusinessException} thrown by any action into an error message in the user's language
 * and re-renders the same page, so what the user typed stays on screen. Everything else goes on to the
 * next handler (OmniFaces' full-Ajax handler, then the error pages).
 */
public class BusinessExceptionHandler extends ExceptionHandlerWrapper {

    public BusinessExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext(); ) {
            BusinessException business = find(events.next().getContext().getException());
            if (business != null) {
                events.remove();
                Messages.addGlobalError(business.getMessageKey(), business.getArguments());
                FacesContext.getCurrentInstance().validationFailed();
            }
        }
        getWrapped().handle();
    }

    static BusinessException find(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof BusinessException business) {
                return business;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }

    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new BusinessExceptionHandler(getWrapped().getExceptionHandler());
        }
    }
}
