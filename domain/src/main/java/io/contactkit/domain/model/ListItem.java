package io.contactkit.domain.model;



/**
 * A reference to an item of a simple list: Business, Category, TicketPriority and CustomerLanguage share this shape.
 * <p>One component per wire property, in wire order; the wire name is the component name with
 * its first letter in upper case. Lists and maps are never null.
 */
public record ListItem(
        int id,
        String value,
        String tooltip) {

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder()
            .id(id)
            .value(value)
            .tooltip(tooltip);
    }

    /** Builds a ListItem step by step; unset properties keep their empty value. */
    public static final class Builder {
        private int id = 0;
        private String value = null;
        private String tooltip = null;

        private Builder() {
        }

        public Builder id(int id) {
            this.id = id;
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

        public ListItem build() {
            return new ListItem(id, value, tooltip);
        }
    }
}
