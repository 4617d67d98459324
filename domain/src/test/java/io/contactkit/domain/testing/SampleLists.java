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
 * A small fixed set of list items in English (the default) and Norwegian, for tests. Every list has items 1 and 2;
 * interests also have the seed samples' ids 272 and 380; associates are 1 (ADMIN) and 2 (READER).
 */
public final class SampleLists implements ListItemProvider {

    private static final Map<ListName, List<String[]>> NAMES = Map.of(
            ListName.BUSINESS, List.of(new String[] {"IT", "IT"}, new String[] {"Retail", "Detaljhandel"}),
            ListName.CATEGORY, List.of(new String[] {"Customer", "Kunde"}, new String[] {"Supplier", "Leverandør"}),
            ListName.TICKET_PRIORITY, List.of(new String[] {"Normal", "Normal"}, new String[] {"High", "Høy"}),
            ListName.CUSTOMER_LANGUAGE, List.of(new String[] {"English", "Engelsk"},
                    new String[] {"Norwegian", "Norsk"}));

    @Override
    public Optional<ListItem> listItem(ListName list, int id, String language) {
        List<String[]> names = NAMES.get(list);
        if (id < 1 || id > names.size()) {
            return Optional.empty();
        }
        String name = names.get(id - 1)[norwegian(language) ? 1 : 0];
        return Optional.of(new ListItem(id, name, name));
    }

    @Override
    public Optional<Country> country(int countryId, String language) {
        boolean no = norwegian(language);
        if (countryId == 1) {
            return Optional.of(Country.builder().countryId(1).name(no ? "Norge" : "Norway").englishName("Norway")
                    .twoLetterISOCountry("NO").threeLetterISOCountry("NOR").domainName("no").build());
        }
        if (countryId == 2) {
            return Optional.of(Country.builder().countryId(2).name(no ? "Sverige" : "Sweden").englishName("Sweden")
                    .twoLetterISOCountry("SE").threeLetterISOCountry("SWE").domainName("se").build());
        }
        return Optional.empty();
    }

    @Override
    public Optional<Associate> associate(int associateId) {
        if (associateId == 1 || associateId == 2) {
            String name = associateId == 1 ? "ADMIN" : "READER";
            return Optional.of(Associate.builder().associateId(associateId).name(name).userName(name.toLowerCase())
                    .fullName(name).type("Employee").build());
        }
        return Optional.empty();
    }

    @Override
    public List<SelectableMDOListItem> interests(String language) {
        boolean no = norwegian(language);
        return List.of(interest(1, no ? "Golf" : "Golf"), interest(2, no ? "Seiling" : "Sailing"),
                interest(272, no ? "Messer" : "Fairs"), interest(380, no ? "Nyhetsbrev" : "Newsletter"));
    }

    private static SelectableMDOListItem interest(int id, String name) {
        return SelectableMDOListItem.builder().id(id).name(name).toolTip(name).fullName(name).build();
    }

    private static boolean norwegian(String language) {
        return language.equalsIgnoreCase("no") || language.equalsIgnoreCase("nb");
    }
}
