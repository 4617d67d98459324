package io.contactkit.domain;

import io.contactkit.domain.model.Address;
import io.contactkit.domain.model.StructuredAddress;
import java.util.ArrayList;
import java.util.List;

/** The read-only formatted forms of an address: one line per filled part, postal code before city. */
final class AddressFormat {

    private AddressFormat() {
    }

    static Address withFormatted(Address address) {
        if (address == null) {
            return null;
        }
        StructuredAddress street = withFormatted(address.street());
        StructuredAddress postal = withFormatted(address.postal());
        String formatted = postal != null && !postal.formatted().isEmpty() ? postal.formatted()
                : street == null ? "" : street.formatted();
        return address.toBuilder().street(street).postal(postal).formatted(formatted).build();
    }

    private static StructuredAddress withFormatted(StructuredAddress address) {
        if (address == null) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        addIfFilled(lines, address.address1());
        addIfFilled(lines, address.address2());
        addIfFilled(lines, address.address3());
        addIfFilled(lines, String.join(" ", filled(address.zipcode(), address.city())));
        addIfFilled(lines, address.county());
        addIfFilled(lines, address.state());
        return address.toBuilder().formatted(String.join("\n", lines)).build();
    }

    private static List<String> filled(String... parts) {
        List<String> out = new ArrayList<>();
        for (String part : parts) {
            addIfFilled(out, part);
        }
        return out;
    }

    private static void addIfFilled(List<String> lines, String part) {
        if (part != null && !part.isBlank()) {
            lines.add(part.trim());
        }
    }
}
