package io.contactkit.domain.model;

import jakarta.validation.constraints.Size;

/**
 * A street or postal address in structured form.
 * <p>One component per wire property, in wire order; the wire name is the component name with
 * its first letter in upper case. Lists and maps are never null.
 */
public record StructuredAddress(
        @WireEnum(SuperOfficeEnum.ADDRESS_TYPE) String atypeIdx,
        @Size(max = 255) String address1,
        @Size(max = 255) String address2,
        @Size(max = 255) String address3,
        @Size(max = 100) String city,
        @Size(max = 100) String county,
        @Size(max = 100) String state,
        @Size(max = 20) String zipcode,
        @ServerOwned String formatted) {

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder()
            .atypeIdx(atypeIdx)
            .address1(address1)
            .address2(address2)
            .address3(address3)
            .city(city)
            .county(county)
            .state(state)
            .zipcode(zipcode)
            .formatted(formatted);
    }

    /** Builds a StructuredAddress step by step; unset properties keep their empty value. */
    public static final class Builder {
        private String atypeIdx = null;
        private String address1 = null;
        private String address2 = null;
        private String address3 = null;
        private String city = null;
        private String county = null;
        private String state = null;
        private String zipcode = null;
        private String formatted = null;

        private Builder() {
        }

        public Builder atypeIdx(String atypeIdx) {
            this.atypeIdx = atypeIdx;
            return this;
        }

        public Builder address1(String address1) {
            this.address1 = address1;
            return this;
        }

        public Builder address2(String address2) {
            this.address2 = address2;
            return this;
        }

        public Builder address3(String address3) {
            this.address3 = address3;
            return this;
        }

        public Builder city(String city) {
            this.city = city;
            return this;
        }

        public Builder county(String county) {
            this.county = county;
            return this;
        }

        public Builder state(String state) {
            this.state = state;
            return this;
        }

        public Builder zipcode(String zipcode) {
            this.zipcode = zipcode;
            return this;
        }

        public Builder formatted(String formatted) {
            this.formatted = formatted;
            return this;
        }

        public StructuredAddress build() {
            return new StructuredAddress(atypeIdx, address1, address2, address3, city, county, state, zipcode, formatted);
        }
    }
}
