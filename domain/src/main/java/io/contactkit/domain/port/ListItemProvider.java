package io.contactkit.domain.port;

import io.contactkit.domain.model.Associate;
import io.contactkit.domain.model.Country;
import io.contactkit.domain.model.ListItem;
import io.contactkit.domain.model.SelectableMDOListItem;
import java.util.List;
import java.util.Optional;

/**
 * The list items contacts refer to. Names are localised: {@code language} is an ISO 639-1 code; a provider falls back
 * to its default language where it has no translation.
 */
public interface ListItemProvider {

    Optional<ListItem> listItem(ListName list, int id, String language);

    Optional<Country> country(int countryId, String language);

    Optional<Associate> associate(int associateId);

    /** Every interest a contact can have (MDO list "contint"), unselected. */
    List<SelectableMDOListItem> interests(String language);
}
