package io.contactkit.domain.testing;

import io.contactkit.domain.model.ContactEntity;
import io.contactkit.domain.port.ContactSearch;
import io.contactkit.domain.port.FoundContact;
import io.contactkit.domain.port.SearchCondition;
import io.contactkit.domain.port.SearchField;
import io.contactkit.domain.port.SearchPosition;
import io.contactkit.domain.port.SearchQuery;
import io.contactkit.domain.port.SearchText;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/** The search port over contacts held in memory: every condition evaluated on the entity, then sorted. */
final class InMemoryContactSearch implements ContactSearch {

    private final Supplier<Collection<ContactEntity>> contacts;

    InMemoryContactSearch(Supplier<Collection<ContactEntity>> contacts) {
        this.contacts = contacts;
    }

    @Override
    public List<FoundContact> search(SearchQuery query) {
        Comparator<SearchPosition> order = order(query);
        return contacts.get().stream()
                .filter(contact -> matches(contact, query.condition()))
                .map(contact -> new FoundContact(contact.contactId(),
                        query.fields().stream().map(field -> StoredValues.of(contact, field)).toList(),
                        position(contact, query)))
                .filter(found -> query.after() == null || order.compare(found.position(), query.after()) > 0)
                .sorted(Comparator.comparing(FoundContact::position, order))
                .skip(query.offset())
                .limit(query.limit())
                .toList();
    }

    private static SearchPosition position(ContactEntity contact, SearchQuery query) {
        List<Object> keys = new ArrayList<>();
        for (SearchQuery.SortKey key : query.order()) {
            Object value = StoredValues.of(contact, key.field());
            switch (key.field().type()) {
                case TEXT -> keys.add(SearchText.fold((String) value));
                case WHOLE -> keys.add(((Integer) value).longValue());
                case FLAG -> keys.add((Boolean) value ? 1L : 0L);
                case INSTANT -> {
                    Instant instant = (Instant) value;
                    keys.add(instant == null ? SearchPosition.NO_INSTANT : instant.getEpochSecond());
                    keys.add(instant == null ? 0L : (long) instant.getNano());
                }
                default -> throw new IllegalStateException();
            }
        }
        return new SearchPosition(keys, contact.contactId());
    }

    /** Key by key, each in its direction, then the id (descending only when every key is). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Comparator<SearchPosition> order(SearchQuery query) {
        List<Boolean> descending = new ArrayList<>();
        for (SearchQuery.SortKey key : query.order()) {
            descending.add(key.descending());
            if (key.field().type() == SearchField.ValueType.INSTANT) {
                descending.add(key.descending());
            }
        }
        boolean idDescending = query.idDescending();
        return (a, b) -> {
            for (int i = 0; i < descending.size(); i++) {
                int compared = ((Comparable) a.keys().get(i)).compareTo(b.keys().get(i));
                if (compared != 0) {
                    return descending.get(i) ? -compared : compared;
                }
            }
            int byId = Integer.compare(a.contactId(), b.contactId());
            return idDescending ? -byId : byId;
        };
    }

    static boolean matches(ContactEntity contact, SearchCondition condition) {
        if (condition instanceof SearchCondition.Everything) {
            return true;
        }
        if (condition instanceof SearchCondition.All all) {
            return all.conditions().stream().allMatch(inner -> matches(contact, inner));
        }
        if (condition instanceof SearchCondition.Any any) {
            return any.conditions().stream().anyMatch(inner -> matches(contact, inner));
        }
        if (condition instanceof SearchCondition.Not not) {
            return !matches(contact, not.condition());
        }
        if (condition instanceof SearchCondition.TextMatch match) {
            return StoredValues.texts(contact, match.field()).map(SearchText::fold)
                    .anyMatch(text -> switch (match.operator()) {
                        case EQUALS -> text.equals(match.folded());
                        case BEGINS -> text.startsWith(match.folded());
                        case ENDS -> text.endsWith(match.folded());
                        case CONTAINS -> text.contains(match.folded());
                    });
        }
        if (condition instanceof SearchCondition.TextCompare compare) {
            return StoredValues.texts(contact, compare.field()).map(SearchText::fold)
                    .anyMatch(text -> holds(compare.comparison(), text.compareTo(compare.folded())));
        }
        if (condition instanceof SearchCondition.WholeCompare compare) {
            long value = (Integer) StoredValues.of(contact, compare.field());
            return holds(compare.comparison(), Long.compare(value, compare.number()));
        }
        if (condition instanceof SearchCondition.WholeIn in) {
            return in.numbers().contains(((Integer) StoredValues.of(contact, in.field())).longValue());
        }
        if (condition instanceof SearchCondition.FlagIs flag) {
            return (Boolean) StoredValues.of(contact, flag.field()) == flag.value();
        }
        SearchCondition.InstantRange range = (SearchCondition.InstantRange) condition;
        Instant value = (Instant) StoredValues.of(contact, range.field());
        return value != null && (range.from() == null || !value.isBefore(range.from()))
                && (range.until() == null || value.isBefore(range.until()));
    }

    private static boolean holds(SearchCondition.Comparison comparison, int compared) {
        return switch (comparison) {
            case EQ -> compared == 0;
            case LT -> compared < 0;
            case LE -> compared <= 0;
            case GT -> compared > 0;
            case GE -> compared >= 0;
        };
    }
}
