package vn.dannguyen.audit;

import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

import jakarta.persistence.Version;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;

import org.hibernate.Hibernate;
import org.hibernate.envers.NotAudited;

import vn.dannguyen.shared.PersonalData;

/** Field differences as one reader may see them: personal data masked unless they may know the petitioner. */
final class FieldDifferences {

    private final boolean mayKnowPetitioner;
    private boolean showedPersonalData;

    FieldDifferences(boolean mayKnowPetitioner) {
        this.mayKnowPetitioner = mayKnowPetitioner;
    }

    /** Whether any difference showed personal data unmasked (which is then to be recorded). */
    boolean showedPersonalData() {
        return showedPersonalData;
    }

    /** The audited fields whose value differs between two snapshots of a record (either may be null). */
    List<FieldChange> between(EntityType<?> type, Object before, Object after) {
        List<FieldChange> changes = new ArrayList<>();
        List<Attribute<?, ?>> attributes = new ArrayList<>(type.getAttributes());
        attributes.sort(Comparator.comparing(Attribute::getName));
        for (Attribute<?, ?> attribute : attributes) {
            Member member = attribute.getJavaMember();
            if (!(member instanceof Field field) || field.isAnnotationPresent(NotAudited.class)
                    || field.isAnnotationPresent(Version.class)) {
                continue;
            }
            Object oldValue = display(read(field, before));
            Object newValue = display(read(field, after));
            if (Objects.equals(oldValue, newValue)) {
                continue;
            }
            if (field.isAnnotationPresent(PersonalData.class)) {
                if (!mayKnowPetitioner) {
                    oldValue = oldValue == null ? null : MaskedValue.PERSONAL_DATA;
                    newValue = newValue == null ? null : MaskedValue.PERSONAL_DATA;
                } else {
                    showedPersonalData = true;
                }
            }
            changes.add(new FieldChange(attribute.getName(), oldValue, newValue));
        }
        return changes;
    }

    private static Object read(Field field, Object snapshot) {
        if (snapshot == null) {
            return null;
        }
        try {
            field.setAccessible(true);
            return field.get(snapshot);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Values as an auditor reads them: a related record by its name, a collection as its sorted names. */
    private static Object display(Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof Enum || value instanceof LocalDate || value instanceof Instant) {
            return value instanceof String s && s.isEmpty() ? null : value;
        }
        if (value instanceof Collection<?> collection) {
            TreeSet<String> names = new TreeSet<>();
            collection.forEach(item -> names.add(String.valueOf(display(item))));
            return names.isEmpty() ? null : String.join(", ", names);
        }
        Object entity = Hibernate.unproxy(value);
        for (String getter : new String[] {"getName", "getFullName", "getTitle", "getNameVi", "getId"}) {
            try {
                Method method = entity.getClass().getMethod(getter);
                Object name = method.invoke(entity);
                if (name != null) {
                    return name.toString();
                }
            } catch (ReflectiveOperationException ignored) {
                // try the next way of naming it
            }
        }
        return entity.toString();
    }
}
