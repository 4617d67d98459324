package io.contactkit.jdbc;

import io.contactkit.domain.model.Associate;
import io.contactkit.domain.model.Country;
import io.contactkit.domain.model.ListItem;
import io.contactkit.domain.model.SelectableMDOListItem;
import io.contactkit.domain.port.ListItemProvider;
import io.contactkit.domain.port.ListName;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * The list tables' items, kept for a time-to-live: every read and write of a contact looks up its references, and
 * list items change only by migration or an administrator. Names are kept per language.
 */
final class CachedListItems implements ListItemProvider {

    private final ExpiringMemo<ItemKey, Optional<ListItem>> items;
    private final ExpiringMemo<CountryKey, Optional<Country>> countries;
    private final ExpiringMemo<Integer, Optional<Associate>> associates;
    private final ExpiringMemo<String, List<SelectableMDOListItem>> interests;

    CachedListItems(ListItemProvider lists, Duration ttl, LongSupplier nanoClock) {
        items = new ExpiringMemo<>(key -> lists.listItem(key.list(), key.id(), key.language()), ttl, nanoClock);
        countries = new ExpiringMemo<>(key -> lists.country(key.id(), key.language()), ttl, nanoClock);
        associates = new ExpiringMemo<>(lists::associate, ttl, nanoClock);
        // every caller gets the same kept list, so it must be one no caller can change
        interests = new ExpiringMemo<>(language -> List.copyOf(lists.interests(language)), ttl, nanoClock);
    }

    @Override
    public Optional<ListItem> listItem(ListName list, int id, String language) {
        return items.get(new ItemKey(list, id, JdbcListItems.language(language)));
    }

    @Override
    public Optional<Country> country(int countryId, String language) {
        return countries.get(new CountryKey(countryId, JdbcListItems.language(language)));
    }

    @Override
    public Optional<Associate> associate(int associateId) {
        return associates.get(associateId);
    }

    @Override
    public List<SelectableMDOListItem> interests(String language) {
        return interests.get(JdbcListItems.language(language));
    }

    private record ItemKey(ListName list, int id, String language) {
    }

    private record CountryKey(int id, String language) {
    }
}
