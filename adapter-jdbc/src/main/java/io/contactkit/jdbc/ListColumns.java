package io.contactkit.jdbc;

import static io.contactkit.jdbc.ColumnMap.flag;
import static io.contactkit.jdbc.ColumnMap.instant;
import static io.contactkit.jdbc.ColumnMap.integer;
import static io.contactkit.jdbc.ColumnMap.text;

import io.contactkit.domain.model.Associate;
import io.contactkit.domain.model.Country;
import io.contactkit.domain.model.SelectableMDOListItem;

/** The list tables' language-independent columns; names and tooltips live in each list's {@code _name} table. */
final class ListColumns {

    static final ColumnMap<Associate, Associate.Builder> ASSOCIATE = new ColumnMap<>(
            integer("id", Associate::associateId, Associate.Builder::associateId),
            text("name", Associate::name, Associate.Builder::name),
            integer("person_id", Associate::personId, Associate.Builder::personId),
            integer("rank", Associate::rank, Associate.Builder::rank),
            text("tooltip", Associate::tooltip, Associate.Builder::tooltip),
            text("type", Associate::type, Associate.Builder::type),
            integer("group_idx", Associate::groupIdx, Associate.Builder::groupIdx),
            text("full_name", Associate::fullName, Associate.Builder::fullName),
            text("formal_name", Associate::formalName, Associate.Builder::formalName),
            flag("deleted", Associate::deleted, Associate.Builder::deleted),
            integer("ej_user_id", Associate::ejUserId, Associate.Builder::ejUserId),
            text("user_name", Associate::userName, Associate.Builder::userName));

    static final ColumnMap<Country, Country.Builder> COUNTRY = new ColumnMap<>(
            integer("id", Country::countryId, Country.Builder::countryId),
            integer("currency_id", Country::currencyId, Country.Builder::currencyId),
            text("english_name", Country::englishName, Country.Builder::englishName),
            text("two_letter_iso_country", Country::twoLetterISOCountry, Country.Builder::twoLetterISOCountry),
            text("three_letter_iso_country", Country::threeLetterISOCountry, Country.Builder::threeLetterISOCountry),
            text("image_description", Country::imageDescription, Country.Builder::imageDescription),
            text("org_nr_text", Country::orgNrText, Country.Builder::orgNrText),
            text("inter_area_prefix", Country::interAreaPrefix, Country.Builder::interAreaPrefix),
            text("dial_in_prefix", Country::dialInPrefix, Country.Builder::dialInPrefix),
            text("zip_prefix", Country::zipPrefix, Country.Builder::zipPrefix),
            text("domain_name", Country::domainName, Country.Builder::domainName),
            integer("address_layout_id", Country::addressLayoutId, Country.Builder::addressLayoutId),
            integer("domestic_address_layout_id", Country::domesticAddressLayoutId,
                    Country.Builder::domesticAddressLayoutId),
            integer("foreign_address_layout_id", Country::foreignAddressLayoutId,
                    Country.Builder::foreignAddressLayoutId),
            integer("rank", Country::rank, Country.Builder::rank),
            flag("deleted", Country::deleted, Country.Builder::deleted));

    static final ColumnMap<SelectableMDOListItem, SelectableMDOListItem.Builder> INTEREST = new ColumnMap<>(
            integer("id", SelectableMDOListItem::id, SelectableMDOListItem.Builder::id),
            integer("rank", SelectableMDOListItem::rank, SelectableMDOListItem.Builder::rank),
            flag("deleted", SelectableMDOListItem::deleted, SelectableMDOListItem.Builder::deleted),
            text("type", SelectableMDOListItem::type, SelectableMDOListItem.Builder::type),
            integer("color_block", SelectableMDOListItem::colorBlock, SelectableMDOListItem.Builder::colorBlock),
            text("icon_hint", SelectableMDOListItem::iconHint, SelectableMDOListItem.Builder::iconHint),
            instant("last_changed", SelectableMDOListItem::lastChanged, SelectableMDOListItem.Builder::lastChanged),
            text("extra_info", SelectableMDOListItem::extraInfo, SelectableMDOListItem.Builder::extraInfo),
            text("style_hint", SelectableMDOListItem::styleHint, SelectableMDOListItem.Builder::styleHint),
            flag("hidden", SelectableMDOListItem::hidden, SelectableMDOListItem.Builder::hidden));

    private ListColumns() {
    }
}
