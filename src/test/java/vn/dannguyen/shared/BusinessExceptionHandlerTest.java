package vn.dannguyen.shared;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.ejb.EJBException;
import jakarta.faces.FacesException;

import org.junit.jupiter.api.Test;

/** A business refusal is found however deep the container wrapped it. */
class BusinessExceptionHandlerTest {

    @Test
    void findsTheBusinessExceptionInsideWrappers() {
        BusinessException refused = new BusinessException("common.error.outOfScope");
        assertSame(refused, BusinessExceptionHandler.find(new FacesException(new EJBException(refused))));
    }

    @Test
    void anythingElseIsLeftToTheErrorPages() {
        assertNull(BusinessExceptionHandler.find(new FacesException(new IllegalStateException("boom"))));
    }
}
