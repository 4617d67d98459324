package io.contactkit.domain.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a property that the server sets: whatever a client sends for it is ignored, and a patch that targets it is
 * refused as read-only.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD})
public @interface ServerOwned {

    /** True where the client may name the property (ContactId in an update) but never choose its value on create. */
    boolean onCreateOnly() default false;
}
