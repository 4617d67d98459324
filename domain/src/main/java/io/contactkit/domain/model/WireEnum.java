package io.contactkit.domain.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a string property that holds a value of a SuperOffice enum: written as one of its names, read from any of
 * them (in any letter case), from its number, or for a flags enum from names joined by commas.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD})
public @interface WireEnum {

    SuperOfficeEnum value();
}
