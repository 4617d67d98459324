package io.contactkit.domain.model;



/**
 * A country from the country list.
 * <p>One component per wire property, in wire order; the wire name is the component name with
 * its first letter in upper case. Lists and maps are never null.
 */
public record Country(
        int countryId,
        String name,
        int currencyId,
        String englishName,
        String twoLetterISOCountry,
        String threeLetterISOCountry,
        String imageDescription,
        String orgNrText,
        String interAreaPrefix,
        String dialInPrefix,
        String zipPrefix,
        String domainName,
        int addressLayoutId,
        int domesticAddressLayoutId,
        int foreignAddressLayoutId,
        int rank,
        String tooltip,
        boolean deleted) {

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder()
            .countryId(countryId)
            .name(name)
            .currencyId(currencyId)
            .englishName(englishName)
            .twoLetterISOCountry(twoLetterISOCountry)
            .threeLetterISOCountry(threeLetterISOCountry)
            .imageDescription(imageDescription)
            .orgNrText(orgNrText)
            .interAreaPrefix(interAreaPrefix)
            .dialInPrefix(dialInPrefix)
            .zipPrefix(zipPrefix)
            .domainName(domainName)
            .addressLayoutId(addressLayoutId)
            .domesticAddressLayoutId(domesticAddressLayoutId)
            .foreignAddressLayoutId(foreignAddressLayoutId)
            .rank(rank)
            .tooltip(tooltip)
            .deleted(deleted);
    }

    /** Builds a Country step by step; unset properties keep their empty value. */
    public static final class Builder {
        private int countryId = 0;
        private String name = null;
        private int currencyId = 0;
        private String englishName = null;
        private String twoLetterISOCountry = null;
        private String threeLetterISOCountry = null;
        private String imageDescription = null;
        private String orgNrText = null;
        private String interAreaPrefix = null;
        private String dialInPrefix = null;
        private String zipPrefix = null;
        private String domainName = null;
        private int addressLayoutId = 0;
        private int domesticAddressLayoutId = 0;
        private int foreignAddressLayoutId = 0;
        private int rank = 0;
        private String tooltip = null;
        private boolean deleted = false;

        private Builder() {
        }

        public Builder countryId(int countryId) {
            this.countryId = countryId;
            return this;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder currencyId(int currencyId) {
            this.currencyId = currencyId;
            return this;
        }

        public Builder englishName(String englishName) {
            this.englishName = englishName;
            return this;
        }

        public Builder twoLetterISOCountry(String twoLetterISOCountry) {
            this.twoLetterISOCountry = twoLetterISOCountry;
            return this;
        }

        public Builder threeLetterISOCountry(String threeLetterISOCountry) {
            this.threeLetterISOCountry = threeLetterISOCountry;
            return this;
        }

        public Builder imageDescription(String imageDescription) {
            this.imageDescription = imageDescription;
            return this;
        }

        public Builder orgNrText(String orgNrText) {
            this.orgNrText = orgNrText;
            return this;
        }

        public Builder interAreaPrefix(String interAreaPrefix) {
            this.interAreaPrefix = interAreaPrefix;
            return this;
        }

        public Builder dialInPrefix(String dialInPrefix) {
            this.dialInPrefix = dialInPrefix;
            return this;
        }

        public Builder zipPrefix(String zipPrefix) {
            this.zipPrefix = zipPrefix;
            return this;
        }

        public Builder domainName(String domainName) {
            this.domainName = domainName;
            return this;
        }

        public Builder addressLayoutId(int addressLayoutId) {
            this.addressLayoutId = addressLayoutId;
            return this;
        }

        public Builder domesticAddressLayoutId(int domesticAddressLayoutId) {
            this.domesticAddressLayoutId = domesticAddressLayoutId;
            return this;
        }

        public Builder foreignAddressLayoutId(int foreignAddressLayoutId) {
            this.foreignAddressLayoutId = foreignAddressLayoutId;
            return this;
        }

        public Builder rank(int rank) {
            this.rank = rank;
            return this;
        }

        public Builder tooltip(String tooltip) {
            this.tooltip = tooltip;
            return this;
        }

        public Builder deleted(boolean deleted) {
            this.deleted = deleted;
            return this;
        }

        public Country build() {
            return new Country(countryId, name, currencyId, englishName, twoLetterISOCountry, threeLetterISOCountry, imageDescription, orgNrText, interAreaPrefix, dialInPrefix, zipPrefix, domainName, addressLayoutId, domesticAddressLayoutId, foreignAddressLayoutId, rank, tooltip, deleted);
        }
    }
}
