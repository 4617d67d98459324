package io.contactkit.enrichment;

import io.contactkit.domain.model.ContactEntity;
import io.contactkit.domain.model.EntityElement;
import io.contactkit.domain.model.StructuredAddress;
import io.contactkit.domain.port.CompanyRecord;
import io.contactkit.domain.rules.EmailAddresses;
import io.contactkit.domain.schema.CarrierModel;
import io.contactkit.domain.schema.Property;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a company from a document tree (maps, lists, strings) in the format of the package documentation, which
 * JSON and CSV datasets and the enrichment endpoint's answers share.
 */
final class CompanyFormat {

    /** What to do with a property the format does not know. */
    enum Unknown { REFUSE, IGNORE }

    private static final int MAX_ENTRIES = 100;
    private static final int MAX_ENRICH_ID = 255;
    private static final CarrierModel CONTACT = CarrierModel.of(ContactEntity.class);
    private static final CarrierModel ADDRESS = CarrierModel.of(StructuredAddress.class);
    private static final int NAME_LENGTH = length(CONTACT, "Name");
    private static final int ORG_NR_LENGTH = length(CONTACT, "OrgNr");
    private static final int DOMAIN_LENGTH = length(CONTACT, "Domains");
    private static final int ELEMENT_LENGTH = length(CarrierModel.of(EntityElement.class), "Value");
    private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");
    private static final Set<String> COMPANY_PROPERTIES = Set.of("EnrichId", "Name", "OrgNr", "Country", "Domains",
            "Phones", "Emails", "Street", "Postal");
    private static final Set<String> ADDRESS_PROPERTIES = Set.of("Address1", "Address2", "Address3", "Zipcode",
            "City", "County", "State");

    private final Unknown unknown;

    CompanyFormat(Unknown unknown) {
        this.unknown = unknown;
    }

    /** The company the tree describes; a {@link MalformedCompanyException} names the first fault. */
    KnownCompany read(Object tree) {
        Map<String, Object> company = properties(tree, "", COMPANY_PROPERTIES);
        String name = text(company, "Name", "", NAME_LENGTH);
        if (name == null) {
            throw new MalformedCompanyException("Name", "is required");
        }
        CompanyRecord record = new CompanyRecord(
                text(company, "EnrichId", "", MAX_ENRICH_ID),
                name,
                text(company, "OrgNr", "", ORG_NR_LENGTH),
                address(company.get("Postal"), "Postal"),
                address(company.get("Street"), "Street"),
                texts(company, "Phones", ELEMENT_LENGTH),
                emails(company),
                texts(company, "Domains", DOMAIN_LENGTH));
        return new KnownCompany(country(company), record);
    }

    private StructuredAddress address(Object tree, String path) {
        if (tree == null) {
            return null;
        }
        Map<String, Object> parts = properties(tree, path, ADDRESS_PROPERTIES);
        StructuredAddress address = StructuredAddress.builder()
                .address1(addressPart(parts, "Address1", path))
                .address2(addressPart(parts, "Address2", path))
                .address3(addressPart(parts, "Address3", path))
                .zipcode(addressPart(parts, "Zipcode", path))
                .city(addressPart(parts, "City", path))
                .county(addressPart(parts, "County", path))
                .state(addressPart(parts, "State", path))
                .build();
        return address.equals(StructuredAddress.builder().build()) ? null : address;
    }

    private static List<String> emails(Map<String, Object> company) {
        List<String> emails = texts(company, "Emails", ELEMENT_LENGTH);
        for (int i = 0; i < emails.size(); i++) {
            // the core's rule for a contact's email, so that a contact enriched with the company can be saved
            if (!EmailAddresses.isValid(emails.get(i))) {
                throw new MalformedCompanyException("Emails[" + i + "]",
                        "'" + emails.get(i) + "' is not an email address");
            }
        }
        return emails;
    }

    private static String country(Map<String, Object> company) {
        String country = text(company, "Country", "", Integer.MAX_VALUE);
        if (country != null && !COUNTRY.matcher(country).matches()) {
            throw new MalformedCompanyException("Country", "'" + country + "' is not a two-letter country code");
        }
        return country == null ? null : country.toUpperCase(Locale.ROOT);
    }

    /**
     * The object's properties under their names in the format's spelling. Names are matched without regard to case,
     * so one given twice in different cases is refused.
     */
    private Map<String, Object> properties(Object tree, String path, Set<String> known) {
        if (!(tree instanceof Map<?, ?> object)) {
            throw new MalformedCompanyException(path,
                    path.isEmpty() ? "a company is a JSON object" : "is not an object");
        }
        Map<String, String> spelling = new HashMap<>();
        known.forEach(name -> spelling.put(name.toLowerCase(Locale.ROOT), name));
        Map<String, Object> properties = new HashMap<>();
        for (Map.Entry<?, ?> entry : object.entrySet()) {
            String given = String.valueOf(entry.getKey());
            String name = spelling.get(given.toLowerCase(Locale.ROOT));
            if (name == null) {
                if (unknown == Unknown.REFUSE) {
                    throw new MalformedCompanyException(join(path, given), "unknown property");
                }
            } else if (properties.containsKey(name)) {
                throw new MalformedCompanyException(join(path, given), "is given twice");
            } else {
                properties.put(name, entry.getValue());
            }
        }
        return properties;
    }

    private static String text(Map<String, Object> properties, String name, String path, int maxLength) {
        return text(properties.get(name), join(path, name), maxLength);
    }

    private static String text(Object value, String path, int maxLength) {
        if (value == null) {
            return null;
        }
        if (!(value instanceof String string)) {
            throw new MalformedCompanyException(path, "is not a string");
        }
        String trimmed = string.trim();
        if (trimmed.length() > maxLength) {
            throw new MalformedCompanyException(path, "is longer than " + maxLength + " characters");
        }
        return trimmed.isEmpty() ? null : trimmed;
    }

    private static List<String> texts(Map<String, Object> properties, String name, int maxLength) {
        Object value = properties.get(name);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> entries)) {
            throw new MalformedCompanyException(name, "is not a list");
        }
        if (entries.size() > MAX_ENTRIES) {
            throw new MalformedCompanyException(name, "has more than " + MAX_ENTRIES + " entries");
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String text = text(entries.get(i), name + "[" + i + "]", maxLength);
            if (text != null) {
                texts.add(text);
            }
        }
        return texts;
    }

    private static String addressPart(Map<String, Object> parts, String name, String path) {
        return text(parts, name, path, length(ADDRESS, name));
    }

    private static int length(CarrierModel model, String property) {
        return model.property(property).map(Property::maxLength).filter(max -> max > 0)
                .orElseThrow(() -> new IllegalStateException(model.name() + "." + property + " has no length"));
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
