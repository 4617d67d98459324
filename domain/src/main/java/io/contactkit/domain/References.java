package io.contactkit.domain;

import io.contactkit.domain.failure.Violation;
import io.contactkit.domain.model.Associate;
import io.contactkit.domain.model.ContactEntity;
import io.contactkit.domain.model.Country;
import io.contactkit.domain.model.ListItem;
import io.contactkit.domain.model.SelectableMDOListItem;
import io.contactkit.domain.port.ListItemProvider;
import io.contactkit.domain.port.ListName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A contact's references to list items (associates, business, category, country, ticket priority, customer
 * language, interests): checked against the lists on write, filled with the list's values in the caller's language
 * on read. A reference is by id; id 0 or null means none. CreatedBy and UpdatedBy are the server's, never checked:
 * they take the associate list's entry where it has one, else stay as stored.
 */
final class References {

    private final ListItemProvider lists;

    References(ListItemProvider lists) {
        this.lists = lists;
    }

    /** The contact with every reference resolved; unknown ids become violations. */
    ContactEntity checked(ContactEntity contact, String language, List<Violation> violations) {
        return resolved(contact, language, violations);
    }

    /** The contact with every reference resolved in the language; a reference the list lost is left as stored. */
    ContactEntity presented(ContactEntity contact, String language) {
        return resolved(contact, language, null);
    }

    Associate actor(int associateId, String userName) {
        return lists.associate(associateId)
                .orElseGet(() -> Associate.builder().associateId(associateId).name(userName).userName(userName).build());
    }

    private ContactEntity resolved(ContactEntity contact, String language, List<Violation> violations) {
        return contact.toBuilder()
                .createdBy(listedActor(contact.createdBy()))
                .updatedBy(listedActor(contact.updatedBy()))
                .associate(associate(contact.associate(), "Associate", violations))
                .supportAssociate(associate(contact.supportAssociate(), "SupportAssociate", violations))
                .business(item(ListName.BUSINESS, contact.business(), "Business", language, violations))
                .category(item(ListName.CATEGORY, contact.category(), "Category", language, violations))
                .ticketPriority(item(ListName.TICKET_PRIORITY, contact.ticketPriority(), "TicketPriority", language,
                        violations))
                .customerLanguage(item(ListName.CUSTOMER_LANGUAGE, contact.customerLanguage(), "CustomerLanguage",
                        language, violations))
                .country(country(contact.country(), language, violations))
                .interests(interests(contact.interests(), language, violations))
                .build();
    }

    private Associate listedActor(Associate actor) {
        if (actor == null || actor.associateId() == 0) {
            return actor;
        }
        return lists.associate(actor.associateId()).orElse(actor);
    }

    private Associate associate(Associate reference, String path, List<Violation> violations) {
        if (reference == null || reference.associateId() == 0) {
            return null;
        }
        return found(lists.associate(reference.associateId()), reference, path + ".AssociateId",
                reference.associateId(), "associate", violations);
    }

    private ListItem item(ListName list, ListItem reference, String path, String language,
                          List<Violation> violations) {
        if (reference == null || reference.id() == 0) {
            return null;
        }
        return found(lists.listItem(list, reference.id(), language), reference, path + ".Id", reference.id(),
                list.mdoName(), violations);
    }

    private Country country(Country reference, String language, List<Violation> violations) {
        if (reference == null || reference.countryId() == 0) {
            return null;
        }
        return found(lists.country(reference.countryId(), language), reference, "Country.CountryId",
                reference.countryId(), "country", violations);
    }

    /**
     * The full interest list with the contact's selection marked. On write only selected interests are checked and
     * kept: an unselected one selects nothing, whatever its id.
     */
    private List<SelectableMDOListItem> interests(List<SelectableMDOListItem> sent, String language,
                                                  List<Violation> violations) {
        Set<Integer> selected = sent.stream().filter(SelectableMDOListItem::selected)
                .map(SelectableMDOListItem::id).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        var available = lists.interests(language).stream()
                .collect(Collectors.toMap(SelectableMDOListItem::id, Function.identity(), (a, b) -> a,
                        java.util.LinkedHashMap::new));
        if (violations != null) {
            List<SelectableMDOListItem> kept = new ArrayList<>();
            for (int i = 0; i < sent.size(); i++) {
                SelectableMDOListItem interest = sent.get(i);
                if (!interest.selected()) {
                    continue;
                }
                SelectableMDOListItem known = available.get(interest.id());
                if (known == null) {
                    violations.add(new Violation("Interests[" + i + "].Id",
                            interest.id() + " is not an item of list contint"));
                } else if (kept.stream().noneMatch(k -> k.id() == known.id())) {
                    kept.add(known.toBuilder().selected(true).build());
                }
            }
            return kept;
        }
        List<SelectableMDOListItem> all = new ArrayList<>();
        available.values().forEach(item -> all.add(item.toBuilder().selected(selected.contains(item.id())).build()));
        return all;
    }

    private static <T> T found(Optional<T> item, T reference, String path, int id, String list,
                               List<Violation> violations) {
        if (item.isPresent()) {
            return item.get();
        }
        if (violations != null) {
            violations.add(new Violation(path, id + " is not an item of list " + list));
        }
        return reference;
    }
}
