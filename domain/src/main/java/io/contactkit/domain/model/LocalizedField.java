package io.contactkit.domain.model;

import jakarta.validation.constraints.Size;

/**
 * One field of a localized address layout.
 * <p>One component per wire property, in wire order; the wire name is the component name with
 * its first letter in upper case. Lists and maps are never null.
 */
public record LocalizedField(
        String name,
        @Size(max = 255) String value,
        String tooltip,
        String label,
        int valueLength,
        @WireEnum(SuperOfficeEnum.ADDRESS_TYPE) String addressType) {

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder()
            .name(name)
            .value(value)
            .tooltip(tooltip)
            .label(label)
            .valueLength(valueLength)
            .addressType(addressType);
    }

    /** Builds a LocalizedField step by step; unset properties keep their empty value. */
    public static final class Builder {
        private String name = null;
        private String value = null;
        private String tooltip = null;
        private String label = null;
        private int valueLength = 0;
        private String addressType = null;

        private Builder() {
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder value(String value) {
            this.value = value;
            return this;
        }

        public Builder tooltip(String tooltip) {
            this.tooltip = tooltip;
            return this;
        }

        public Builder label(String label) {
            this.label = label;
            return this;
        }

        public Builder valueLength(int valueLength) {
            this.valueLength = valueLength;
            return this;
        }

        public Builder addressType(String addressType) {
            this.addressType = addressType;
            return this;
        }

        public LocalizedField build() {
            return new LocalizedField(name, value, tooltip, label, valueLength, addressType);
        }
    }
}
