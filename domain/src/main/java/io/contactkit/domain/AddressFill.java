package io.contactkit.domain;

import io.contactkit.domain.model.Address;
import io.contactkit.domain.model.StructuredAddress;

/** Fills the empty parts of a contact's address from a company's; what a user entered is never overwritten. */
final class AddressFill {

    private AddressFill() {
    }

    static Address filled(Address entered, StructuredAddress street, StructuredAddress postal) {
        if (!hasAny(street) && !hasAny(postal)) {
            return entered;
        }
        Address address = entered == null ? Address.builder().build() : entered;
        return address.toBuilder()
                .street(filled(address.street(), street))
                .postal(filled(address.postal(), postal))
                .build();
    }

    private static StructuredAddress filled(StructuredAddress entered, StructuredAddress offered) {
        if (!hasAny(offered)) {
            return entered;
        }
        StructuredAddress address = entered == null ? StructuredAddress.builder().build() : entered;
        return address.toBuilder()
                .address1(either(address.address1(), offered.address1()))
                .address2(either(address.address2(), offered.address2()))
                .address3(either(address.address3(), offered.address3()))
                .zipcode(either(address.zipcode(), offered.zipcode()))
                .city(either(address.city(), offered.city()))
                .county(either(address.county(), offered.county()))
                .state(either(address.state(), offered.state()))
                .build();
    }

    private static String either(String entered, String offered) {
        return isBlank(entered) && !isBlank(offered) ? offered.trim() : entered;
    }

    private static boolean hasAny(StructuredAddress address) {
        return address != null && !(isBlank(address.address1()) && isBlank(address.address2())
                && isBlank(address.address3()) && isBlank(address.zipcode()) && isBlank(address.city())
                && isBlank(address.county()) && isBlank(address.state()));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
