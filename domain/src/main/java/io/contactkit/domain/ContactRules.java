package io.contactkit.domain;

import io.contactkit.domain.failure.InvalidInputException;
import io.contactkit.domain.failure.Violation;
import io.contactkit.domain.model.ContactEntity;
import io.contactkit.domain.model.EntityElement;
import io.contactkit.domain.model.SelectableMDOListItem;
import io.contactkit.domain.rights.Principal;
import io.contactkit.domain.rules.EmailAddresses;
import io.contactkit.domain.schema.CarrierModel;
import io.contactkit.domain.schema.UnicodeText;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What the core does to every contact before it is stored: sets the server-owned fields, derives what is derived
 * and refuses what breaks a rule, naming every property at fault.
 */
final class ContactRules {

    private final References references;
    private final CustomFields customFields;
    private final Validator validator;

    ContactRules(References references, CustomFields customFields, Validator validator) {
        this.references = references;
        this.customFields = customFields;
        this.validator = validator;
    }

    /** A new contact: the store assigns its ContactId; it was created and updated now, by the principal. */
    ContactEntity forCreate(ContactEntity sent, Principal principal, Instant now) {
        var actor = references.actor(principal.associateId(), principal.userName());
        ContactEntity owned = sent.toBuilder()
                .contactId(0).createdDate(now).createdBy(actor)
                .activeErpLinks(0).activeStatusMonitorId(0).utmParameters(null)
                .build();
        return checked(customFields.merge(owned, null), actor, now);
    }

    /** A new state of a stored contact: what the server owns is kept from the stored one. */
    ContactEntity forUpdate(ContactEntity sent, ContactEntity stored, Principal principal, Instant now) {
        var actor = references.actor(principal.associateId(), principal.userName());
        ContactEntity owned = sent.toBuilder()
                .contactId(stored.contactId()).createdDate(stored.createdDate()).createdBy(stored.createdBy())
                .activeErpLinks(stored.activeErpLinks()).activeStatusMonitorId(stored.activeStatusMonitorId())
                .utmParameters(stored.utmParameters())
                .build();
        return checked(customFields.merge(owned, stored), actor, now);
    }

    private ContactEntity checked(ContactEntity contact, io.contactkit.domain.model.Associate actor, Instant now) {
        List<Violation> violations = new ArrayList<>();
        ContactEntity resolved = references.checked(contact, "", violations);
        ContactEntity derived = resolved.toBuilder()
                .updatedDate(now).updatedBy(actor)
                .emails(stripped(resolved.emails(), ElementKind.EMAIL))
                .urls(stripped(resolved.urls(), ElementKind.URL))
                .phones(stripped(resolved.phones(), ElementKind.PHONE))
                .faxes(stripped(resolved.faxes(), ElementKind.FAX))
                .activeInterests((int) resolved.interests().stream().filter(SelectableMDOListItem::selected).count())
                .address(AddressFormat.withFormatted(resolved.address(), Culture.INVARIANT))
                .tableRight(null).fieldProperties(Map.of())
                .build();
        violations.addAll(constraintViolations(derived));
        violations.addAll(emailViolations(derived.emails()));
        violations.addAll(customFields.violations(derived));
        violations.addAll(UnicodeText.violations(derived));
        if (!violations.isEmpty()) {
            violations.sort(Comparator.comparing(Violation::path));
            throw new InvalidInputException(violations);
        }
        return derived;
    }

    private static List<EntityElement> stripped(List<EntityElement> elements, ElementKind kind) {
        return elements.stream().map(kind::withStrippedValue).toList();
    }

    private static List<Violation> emailViolations(List<EntityElement> emails) {
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < emails.size(); i++) {
            String value = emails.get(i).value();
            if (value == null || !EmailAddresses.isValid(value.trim())) {
                violations.add(new Violation("Emails[" + i + "].Value",
                        "'" + value + "' is not an email address"));
            }
        }
        return violations;
    }

    private List<Violation> constraintViolations(ContactEntity contact) {
        List<Violation> violations = new ArrayList<>();
        for (ConstraintViolation<ContactEntity> violation : validator.validate(contact)) {
            violations.add(new Violation(wirePath(violation.getPropertyPath()), violation.getMessage()));
        }
        return violations;
    }

    /** Hibernate Validator's Java path ({@code emails[0].value}) in wire names ({@code Emails[0].Value}). */
    private static String wirePath(Path path) {
        StringBuilder out = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getName() == null || node.getName().startsWith("<")) {
                if (node.getIndex() != null) {
                    out.append('[').append(node.getIndex()).append(']');
                }
                continue;
            }
            if (node.getIndex() != null && out.length() > 0 && out.charAt(out.length() - 1) != ']') {
                out.append('[').append(node.getIndex()).append(']');
            }
            if (out.length() > 0) {
                out.append('.');
            }
            out.append(CarrierModel.wireName(node.getName()));
        }
        return out.toString();
    }
}
