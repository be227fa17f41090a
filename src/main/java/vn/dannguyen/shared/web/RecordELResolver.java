package vn.dannguyen.shared.web;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;

/**
 * Lets views read Java records ({@code #{row.trackingCode}}), which Jakarta EL 5 (EE 10) does not: it
 * only knows JavaBean getters. Read-only, as records are. Registered in faces-config.xml.
 */
public class RecordELResolver extends ELResolver {

    /** The accessors by record type and name: looked up once, since every table cell reads one. */
    private static final Map<Class<?>, Map<String, Method>> ACCESSORS = new ConcurrentHashMap<>();

    private static Method component(Object base, Object property) {
        if (base == null || !base.getClass().isRecord() || !(property instanceof String name)) {
            return null;
        }
        return ACCESSORS.computeIfAbsent(base.getClass(), type -> {
            Map<String, Method> byName = new ConcurrentHashMap<>();
            for (RecordComponent component : type.getRecordComponents()) {
                Method accessor = component.getAccessor();
                accessor.trySetAccessible(); // skips the access check on every call where the module allows it
                byName.put(component.getName(), accessor);
            }
            return byName;
        }).get(name);
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        Method accessor = component(base, property);
        if (accessor == null) {
            return null;
        }
        try {
            Object value = accessor.invoke(base);
            context.setPropertyResolved(base, property);
            return value;
        } catch (ReflectiveOperationException e) {
            throw new ELException(e);
        }
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        if (component(base, property) == null) {
            return null;
        }
        context.setPropertyResolved(base, property);
        return null; // read-only
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        if (component(base, property) != null) {
            throw new PropertyNotWritableException(property.toString());
        }
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        if (component(base, property) != null) {
            context.setPropertyResolved(base, property);
            return true;
        }
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base != null && base.getClass().isRecord() ? String.class : null;
    }
}
