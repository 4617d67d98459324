package io.contactkit.domain.model;



/**
 * The UTM parameters saved when the contact was first created from a campaign.
 * <p>One component per wire property, in wire order; the wire name is the component name with
 * its first letter in upper case. Lists and maps are never null.
 */
public record SavedUtmParameters(
        String source,
        String medium,
        String campaign,
        String content,
        String term) {

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder()
            .source(source)
            .medium(medium)
            .campaign(campaign)
            .content(content)
            .term(term);
    }

    /** Builds a SavedUtmParameters step by step; unset properties keep their empty value. */
    public static final class Builder {
        private String source = null;
        private String medium = null;
        private String campaign = null;
        private String content = null;
        private String term = null;

        private Builder() {
        }

        public Builder source(String source) {
            this.source = source;
            return this;
        }

        public Builder medium(String medium) {
            this.medium = medium;
            return this;
        }

        public Builder campaign(String campaign) {
            this.campaign = campaign;
            return this;
        }

        public Builder content(String content) {
            this.content = content;
            return this;
        }

        public Builder term(String term) {
            this.term = term;
            return this;
        }

        public SavedUtmParameters build() {
            return new SavedUtmParameters(source, medium, campaign, content, term);
        }
    }
}
