package vn.dannguyen.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field that can tell who raised a petition: the petitioner's name and contact, the name of a file
 * they brought. Whatever shows such a field generically (the auditor's field differences, the history
 * search) masks it for a reader whom {@code petition.PetitionerPrivacy} does not let know the petitioner.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface PersonalData {
}
