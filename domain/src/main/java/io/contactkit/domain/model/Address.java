package io.contactkit.domain.model;

import jakarta.validation.Valid;
import java.util.List;

/**
 * Street and postal address of a contact, in structured and formatted forms.
 * <p>One component per wire property, in wire order; the wire name is the component name with
 * its first letter in upper case. Lists and maps are never null.
 */
public record Address(
        double wgs84Latitude,
        double wgs84Longitude,
        List<List<LocalizedField>> localizedAddress,
        @Valid StructuredAddress street,
        @Valid StructuredAddress postal,
        @ServerOwned String formatted) {

    public Address {
        localizedAddress = localizedAddress == null ? List.of() : localizedAddress.stream().map(List::copyOf).toList();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder()
            .wgs84Latitude(wgs84Latitude)
            .wgs84Longitude(wgs84Longitude)
            .localizedAddress(localizedAddress)
            .street(street)
            .postal(postal)
            .formatted(formatted);
    }

    /** Builds a Address step by step; unset properties keep their empty value. */
    public static final class Builder {
        private double wgs84Latitude = 0.0;
        private double wgs84Longitude = 0.0;
        private List<List<LocalizedField>> localizedAddress = List.of();
        private StructuredAddress street = null;
        private StructuredAddress postal = null;
        private String formatted = null;

        private Builder() {
        }

        public Builder wgs84Latitude(double wgs84Latitude) {
            this.wgs84Latitude = wgs84Latitude;
            return this;
        }

        public Builder wgs84Longitude(double wgs84Longitude) {
            this.wgs84Longitude = wgs84Longitude;
            return this;
        }

        public Builder localizedAddress(List<List<LocalizedField>> localizedAddress) {
            this.localizedAddress = localizedAddress;
            return this;
        }

        public Builder street(StructuredAddress street) {
            this.street = street;
            return this;
        }

        public Builder postal(StructuredAddress postal) {
            this.postal = postal;
            return this;
        }

        public Builder formatted(String formatted) {
            this.formatted = formatted;
            return this;
        }

        public Address build() {
            return new Address(wgs84Latitude, wgs84Longitude, localizedAddress, street, postal, formatted);
        }
    }
}
