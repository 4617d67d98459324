package io.contactkit.domain.model;



/**
 * Access right, .NET type name and maximum length of one field.
 * <p>One component per wire property, in wire order; the wire name is the component name with
 * its first letter in upper case. Lists and maps are never null.
 */
public record FieldProperty(
        FieldRight fieldRight,
        String fieldType,
        int fieldLength) {

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder()
            .fieldRight(fieldRight)
            .fieldType(fieldType)
            .fieldLength(fieldLength);
    }

    /** Builds a FieldProperty step by step; unset properties keep their empty value. */
    public static final class Builder {
        private FieldRight fieldRight = null;
        private String fieldType = null;
        private int fieldLength = 0;

        private Builder() {
        }

        public Builder fieldRight(FieldRight fieldRight) {
            this.fieldRight = fieldRight;
            return this;
        }

        public Builder fieldType(String fieldType) {
            this.fieldType = fieldType;
            return this;
        }

        public Builder fieldLength(int fieldLength) {
            this.fieldLength = fieldLength;
            return this;
        }

        public FieldProperty build() {
            return new FieldProperty(fieldRight, fieldType, fieldLength);
        }
    }
}
