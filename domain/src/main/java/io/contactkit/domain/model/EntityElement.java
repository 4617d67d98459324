package io.contactkit.domain.model;

import jakarta.validation.constraints.Size;

/**
 * One email address, web address, phone or fax number of a contact.
 * <p>One component per wire property, in wire order; the wire name is the component name with
 * its first letter in upper case. Lists and maps are never null.
 */
public record EntityElement(
        @Size(max = 255) String value,
        @ServerOwned String strippedValue,
        @Size(max = 200) String description) {

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder()
            .value(value)
            .strippedValue(strippedValue)
            .description(description);
    }

    /** Builds a EntityElement step by step; unset properties keep their empty value. */
    public static final class Builder {
        private String value = null;
        private String strippedValue = null;
        private String description = null;

        private Builder() {
        }

        public Builder value(String value) {
            this.value = value;
            return this;
        }

        public Builder strippedValue(String strippedValue) {
            this.strippedValue = strippedValue;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public EntityElement build() {
            return new EntityElement(value, strippedValue, description);
        }
    }
}
