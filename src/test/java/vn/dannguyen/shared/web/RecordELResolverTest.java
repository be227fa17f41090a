package vn.dannguyen.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.VariableMapper;

import org.junit.jupiter.api.Test;

class RecordELResolverTest {

    record Row(String trackingCode, int timesRaised) {
    }

    private final RecordELResolver resolver = new RecordELResolver();

    @Test
    void readsRecordComponentsAndLeavesOtherObjectsToOtherResolvers() {
        ELContext context = new TestContext();
        assertEquals("260001-000001-ACD", resolver.getValue(context, new Row("260001-000001-ACD", 2), "trackingCode"));
        assertTrue(context.isPropertyResolved());

        ELContext other = new TestContext();
        assertNull(resolver.getValue(other, "not a record", "length"));
        assertFalse(other.isPropertyResolved());
        assertNull(resolver.getValue(other, new Row("x", 1), "unknown"));
        assertFalse(other.isPropertyResolved());
    }

    @Test
    void recordsAreReadOnly() {
        ELContext context = new TestContext();
        assertTrue(resolver.isReadOnly(context, new Row("x", 1), "timesRaised"));
        assertThrows(PropertyNotWritableException.class, () -> resolver.setValue(context, new Row("x", 1), "timesRaised", 3));
    }

    private static final class TestContext extends ELContext {
        @Override
        public ELResolver getELResolver() {
            return null;
        }

        @Override
        public FunctionMapper getFunctionMapper() {
            return null;
        }

        @Override
        public VariableMapper getVariableMapper() {
            return null;
        }
    }
}
