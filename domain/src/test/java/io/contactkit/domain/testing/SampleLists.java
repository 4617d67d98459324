package io.contactkit.domain.testing;

import io.contactkit.domain.model.Associate;
import io.contactkit.domain.model.Country;
import io.contactkit.domain.model.ListItem;
import io.contactkit.domain.model.SelectableMDOListItem;
import io.contactkit.domain.port.ListItemProvider;
import io.contactkit.domain.port.ListName;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small fixed set of list items in English (the default), Norwegian ({@code no} or {@code nb}) and, for some
 * items only, German ({@code de}): an item without a German name falls back to English, as a provider must. Every
 * list has items 1 and 2; interests also have the seed samples' ids 272 and 380; associates are 1 (ADMIN) and 2
 * (READER). German names exist for item 2 of Business, Category and TicketPriority, country 1 and interests 2 and
 * 272.
 */
public final class SampleLists implements ListItemProvider {

    private static final int ENGLISH = 0;
    private static final int NORWEGIAN = 1;
    private static final int GERMAN = 2;

    /** Per list, per item: the English, Norwegian and German name, null where an item has none in German. */
    private static final Map<ListName, List<String[]>> NAMES = Map.of(
            ListName.BUSINESS, List.of(new String[] {"IT", "IT", null},
                    new String[] {"Retail", "Detaljhandel", "Einzelhandel"}),
            ListName.CATEGORY, List.of(new String[] {"Customer", "Kunde", null},
                    new String[] {"Supplier", "Leverandør", "Lieferant"}),
            ListName.TICKET_PRIORITY, List.of(new String[] {"Normal", "Normal", null},
                    new String[] {"High", "Høy", "Hoch"}),
            ListName.CUSTOMER_LANGUAGE, List.of(new String[] {"English", "Engelsk", null},
                    new String[] {"Norwegian", "Norsk", null}));

    @Override
    public Optional<ListItem> listItem(ListName list, int id, String language) {
        List<String[]> names = NAMES.get(list);
        if (id < 1 || id > names.size()) {
            return Optional.empty();
        }
        String name = name(names.get(id - 1), language);
        return Optional.of(new ListItem(id, name, name));
    }

    @Override
    public Optional<Country> country(int countryId, String language) {
        if (countryId == 1) {
            return Optional.of(Country.builder().countryId(1)
                    .name(name(new String[] {"Norway", "Norge", "Norwegen"}, language)).englishName("Norway")
                    .twoLetterISOCountry("NO").threeLetterISOCountry("NOR").domainName("no").build());
        }
        if (countryId == 2) {
            return Optional.of(Country.builder().countryId(2)
                    .name(name(new String[] {"Sweden", "Sverige", null}, language)).englishName("Sweden")
                    .twoLetterISOCountry("SE").threeLetterISOCountry("SWE").domainName("se").build());
        }
        return Optional.empty();
    }

    @Override
    public Optional<Associate> associate(int associateId) {
        if (associateId == 1 || associateId == 2) {
            String name = associateId == 1 ? "ADMIN" : "READER";
            return Optional.of(Associate.builder().associateId(associateId).name(name).userName(name.toLowerCase())
                    .fullName(name).type("InternalAssociate").build());
        }
        return Optional.empty();
    }

    @Override
    public List<SelectableMDOListItem> interests(String language) {
        return List.of(interest(1, name(new String[] {"Golf", "Golf", null}, language)),
                interest(2, name(new String[] {"Sailing", "Seiling", "Segeln"}, language)),
                interest(272, name(new String[] {"Fairs", "Messer", "Messen"}, language)),
                interest(380, name(new String[] {"Newsletter", "Nyhetsbrev", null}, language)));
    }

    private static SelectableMDOListItem interest(int id, String name) {
        return SelectableMDOListItem.builder().id(id).name(name).toolTip(name).fullName(name).build();
    }

    /** The name in the language, or in English where the item has none in it. */
    private static String name(String[] names, String language) {
        String translated = names[column(language)];
        return translated == null ? names[ENGLISH] : translated;
    }

    private static int column(String language) {
        if (language.equalsIgnoreCase("no") || language.equalsIgnoreCase("nb")) {
            return NORWEGIAN;
        }
        return language.equalsIgnoreCase("de") ? GERMAN : ENGLISH;
    }
}
