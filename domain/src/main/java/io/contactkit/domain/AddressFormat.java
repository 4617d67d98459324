package io.contactkit.domain;

import io.contactkit.domain.model.Address;
import io.contactkit.domain.model.StructuredAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The read-only formatted forms of an address, written for the caller's culture: one line per filled part, the
 * address lines first, then the place in the culture's layout.
 *
 * <table>
 *   <caption>Layouts: the culture's tag is looked up first, then its language; any other culture is invariant</caption>
 *   <tr><th>Culture</th><th>Place lines</th><th>Example</th></tr>
 *   <tr><td>invariant, {@code nb}, {@code no}, {@code sv}, {@code de}, ... (Nordic and continental)</td>
 *       <td>zipcode city / county / state</td><td>{@code 0155 Oslo}</td></tr>
 *   <tr><td>{@code en}, {@code en-US}, {@code en-CA}</td>
 *       <td>city, state zipcode / county</td><td>{@code Springfield, IL 62701}</td></tr>
 *   <tr><td>{@code en-GB}, {@code en-IE}</td>
 *       <td>city / county / state / zipcode</td><td>{@code London} / {@code SW1A 1AA}</td></tr>
 * </table>
 *
 * <p>No formatted string holds a number of its own (the zipcode is text), so none needs the culture's number format.
 */
final class AddressFormat {

    private static final Map<String, Layout> LAYOUTS = Map.of(
            "en", Layout.US,
            "en-US", Layout.US,
            "en-CA", Layout.US,
            "en-GB", Layout.BRITISH,
            "en-IE", Layout.BRITISH);

    private AddressFormat() {
    }

    static Address withFormatted(Address address, Culture culture) {
        if (address == null) {
            return null;
        }
        Layout layout = LAYOUTS.getOrDefault(culture.tag(), LAYOUTS.getOrDefault(culture.language(),
                Layout.CONTINENTAL));
        StructuredAddress street = withFormatted(address.street(), layout);
        StructuredAddress postal = withFormatted(address.postal(), layout);
        String formatted = postal != null && !postal.formatted().isEmpty() ? postal.formatted()
                : street == null ? "" : street.formatted();
        return address.toBuilder().street(street).postal(postal).formatted(formatted).build();
    }

    private static StructuredAddress withFormatted(StructuredAddress address, Layout layout) {
        if (address == null) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        addIfFilled(lines, address.address1());
        addIfFilled(lines, address.address2());
        addIfFilled(lines, address.address3());
        layout.addPlace(lines, address);
        return address.toBuilder().formatted(String.join("\n", lines)).build();
    }

    private enum Layout {
        CONTINENTAL {
            @Override
            void addPlace(List<String> lines, StructuredAddress address) {
                addIfFilled(lines, String.join(" ", filled(address.zipcode(), address.city())));
                addIfFilled(lines, address.county());
                addIfFilled(lines, address.state());
            }
        },
        US {
            @Override
            void addPlace(List<String> lines, StructuredAddress address) {
                String stateAndZipcode = String.join(" ", filled(address.state(), address.zipcode()));
                addIfFilled(lines, String.join(", ", filled(address.city(), stateAndZipcode)));
                addIfFilled(lines, address.county());
            }
        },
        BRITISH {
            @Override
            void addPlace(List<String> lines, StructuredAddress address) {
                addIfFilled(lines, address.city());
                addIfFilled(lines, address.county());
                addIfFilled(lines, address.state());
                addIfFilled(lines, address.zipcode());
            }
        };

        abstract void addPlace(List<String> lines, StructuredAddress address);
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
