package io.contactkit.domain.model;



/**
 * What the acting user may do with a whole carrier.
 * <p>One component per wire property, in wire order; the wire name is the component name with
 * its first letter in upper case. Lists and maps are never null.
 */
public record TableRight(
        @WireEnum(SuperOfficeEnum.E_TABLE_RIGHT) String mask,
        String reason) {

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder()
            .mask(mask)
            .reason(reason);
    }

    /** Builds a TableRight step by step; unset properties keep their empty value. */
    public static final class Builder {
        private String mask = null;
        private String reason = null;

        private Builder() {
        }

        public Builder mask(String mask) {
            this.mask = mask;
            return this;
        }

        public Builder reason(String reason) {
            this.reason = reason;
            return this;
        }

        public TableRight build() {
            return new TableRight(mask, reason);
        }
    }
}
