package io.contactkit.domain.schema;

import io.contactkit.domain.model.SuperOfficeEnum;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;

/**
 * One property of a carrier, as the wire names it.
 *
 * @param name        the wire name (PascalCase)
 * @param type        the value's type
 * @param serverOwned    whether the server sets it, whatever a client sends
 * @param ignoredOnInput whether what a client sends for it is never read, so that whatever the server wrote may be
 *                       sent back: every server-owned property except those a client may name (ContactId)
 * @param maxLength      the longest string allowed, 0 when unbounded or not a string
 * @param enumeration    the SuperOffice enum whose names a string property holds; null for other properties
 * @param accessor       the record component's accessor, of type {@link #ACCESSOR_TYPE}
 */
public record Property(String name, ValueType type, boolean serverOwned, boolean ignoredOnInput, int maxLength,
                       SuperOfficeEnum enumeration, Class<?> javaType, MethodHandle accessor) {

    /**
     * The accessor's type: an exact invocation of a handle that is not a constant is far cheaper than a generic one,
     * which adapts the handle's type on every call.
     */
    static final MethodType ACCESSOR_TYPE = MethodType.methodType(Object.class, Object.class);

    /** Reads this property's value off a carrier of the model it belongs to. */
    public Object read(Record carrier) {
        try {
            return (Object) accessor.invokeExact((Object) carrier);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("cannot read " + name, e);
        }
    }

    /** The value a property has when a client leaves it out: empty collections, zero, false or null. */
    public Object emptyValue() {
        if (javaType == int.class) {
            return 0;
        }
        if (javaType == double.class) {
            return 0.0d;
        }
        if (javaType == boolean.class) {
            return false;
        }
        return null;
    }
}
