package io.contactkit.domain.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The contact (company) carrier of the SuperOffice Contact API, with every property of the wire format in its documented order.
 * <p>One component per wire property, in wire order; the wire name is the component name with
 * its first letter in upper case. Lists and maps are never null.
 */
public record ContactEntity(
        @ServerOwned(onCreateOnly = true) int contactId,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 200) String department,
        @Size(max = 40) String orgNr,
        @Size(max = 40) String number1,
        @Size(max = 40) String number2,
        @ServerOwned Instant updatedDate,
        @ServerOwned Instant createdDate,
        List<@Valid EntityElement> emails,
        List<@Valid SelectableMDOListItem> interests,
        List<@Valid EntityElement> urls,
        List<@Valid EntityElement> phones,
        List<@Valid EntityElement> faxes,
        @Size(max = 2000) String description,
        @ServerOwned Associate updatedBy,
        @ServerOwned Associate createdBy,
        Associate associate,
        ListItem business,
        ListItem category,
        Country country,
        List<@Valid Person> persons,
        boolean noMailing,
        @Size(max = 200) String kananame,
        boolean xstop,
        @ServerOwned int activeInterests,
        int groupId,
        @ServerOwned int activeStatusMonitorId,
        Associate supportAssociate,
        ListItem ticketPriority,
        ListItem customerLanguage,
        int deleted,
        int dbiAgentId,
        Instant dbiLastSyncronized,
        @Size(max = 255) String dbiKey,
        Instant dbiLastModified,
        @Valid Person supportPerson,
        @Valid Address address,
        int source,
        @ServerOwned int activeErpLinks,
        List<@Size(max = 255) String> bounceEmails,
        List<@Size(max = 255) String> domains,
        @ServerOwned SavedUtmParameters utmParameters,
        Map<String, String> userDefinedFields,
        Map<String, String> extraFields,
        Map<String, String> customFields,
        @ServerOwned TableRight tableRight,
        @ServerOwned Map<String, FieldProperty> fieldProperties) {

    public ContactEntity {
        emails = emails == null ? List.of() : List.copyOf(emails);
        interests = interests == null ? List.of() : List.copyOf(interests);
        urls = urls == null ? List.of() : List.copyOf(urls);
        phones = phones == null ? List.of() : List.copyOf(phones);
        faxes = faxes == null ? List.of() : List.copyOf(faxes);
        persons = persons == null ? List.of() : List.copyOf(persons);
        bounceEmails = bounceEmails == null ? List.of() : List.copyOf(bounceEmails);
        domains = domains == null ? List.of() : List.copyOf(domains);
        userDefinedFields = Maps.ordered(userDefinedFields);
        extraFields = Maps.ordered(extraFields);
        customFields = Maps.ordered(customFields);
        fieldProperties = Maps.ordered(fieldProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder()
            .contactId(contactId)
            .name(name)
            .department(department)
            .orgNr(orgNr)
            .number1(number1)
            .number2(number2)
            .updatedDate(updatedDate)
            .createdDate(createdDate)
            .emails(emails)
            .interests(interests)
            .urls(urls)
            .phones(phones)
            .faxes(faxes)
            .description(description)
            .updatedBy(updatedBy)
            .createdBy(createdBy)
            .associate(associate)
            .business(business)
            .category(category)
            .country(country)
            .persons(persons)
            .noMailing(noMailing)
            .kananame(kananame)
            .xstop(xstop)
            .activeInterests(activeInterests)
            .groupId(groupId)
            .activeStatusMonitorId(activeStatusMonitorId)
            .supportAssociate(supportAssociate)
            .ticketPriority(ticketPriority)
            .customerLanguage(customerLanguage)
            .deleted(deleted)
            .dbiAgentId(dbiAgentId)
            .dbiLastSyncronized(dbiLastSyncronized)
            .dbiKey(dbiKey)
            .dbiLastModified(dbiLastModified)
            .supportPerson(supportPerson)
            .address(address)
            .source(source)
            .activeErpLinks(activeErpLinks)
            .bounceEmails(bounceEmails)
            .domains(domains)
            .utmParameters(utmParameters)
            .userDefinedFields(userDefinedFields)
            .extraFields(extraFields)
            .customFields(customFields)
            .tableRight(tableRight)
            .fieldProperties(fieldProperties);
    }

    /** Builds a ContactEntity step by step; unset properties keep their empty value. */
    public static final class Builder {
        private int contactId = 0;
        private String name = null;
        private String department = null;
        private String orgNr = null;
        private String number1 = null;
        private String number2 = null;
        private Instant updatedDate = null;
        private Instant createdDate = null;
        private List<EntityElement> emails = List.of();
        private List<SelectableMDOListItem> interests = List.of();
        private List<EntityElement> urls = List.of();
        private List<EntityElement> phones = List.of();
        private List<EntityElement> faxes = List.of();
        private String description = null;
        private Associate updatedBy = null;
        private Associate createdBy = null;
        private Associate associate = null;
        private ListItem business = null;
        private ListItem category = null;
        private Country country = null;
        private List<Person> persons = List.of();
        private boolean noMailing = false;
        private String kananame = null;
        private boolean xstop = false;
        private int activeInterests = 0;
        private int groupId = 0;
        private int activeStatusMonitorId = 0;
        private Associate supportAssociate = null;
        private ListItem ticketPriority = null;
        private ListItem customerLanguage = null;
        private int deleted = 0;
        private int dbiAgentId = 0;
        private Instant dbiLastSyncronized = null;
        private String dbiKey = null;
        private Instant dbiLastModified = null;
        private Person supportPerson = null;
        private Address address = null;
        private int source = 0;
        private int activeErpLinks = 0;
        private List<String> bounceEmails = List.of();
        private List<String> domains = List.of();
        private SavedUtmParameters utmParameters = null;
        private Map<String, String> userDefinedFields = Map.of();
        private Map<String, String> extraFields = Map.of();
        private Map<String, String> customFields = Map.of();
        private TableRight tableRight = null;
        private Map<String, FieldProperty> fieldProperties = Map.of();

        private Builder() {
        }

        public Builder contactId(int contactId) {
            this.contactId = contactId;
            return this;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder department(String department) {
            this.department = department;
            return this;
        }

        public Builder orgNr(String orgNr) {
            this.orgNr = orgNr;
            return this;
        }

        public Builder number1(String number1) {
            this.number1 = number1;
            return this;
        }

        public Builder number2(String number2) {
            this.number2 = number2;
            return this;
        }

        public Builder updatedDate(Instant updatedDate) {
            this.updatedDate = updatedDate;
            return this;
        }

        public Builder createdDate(Instant createdDate) {
            this.createdDate = createdDate;
            return this;
        }

        public Builder emails(List<EntityElement> emails) {
            this.emails = emails;
            return this;
        }

        public Builder interests(List<SelectableMDOListItem> interests) {
            this.interests = interests;
            return this;
        }

        public Builder urls(List<EntityElement> urls) {
            this.urls = urls;
            return this;
        }

        public Builder phones(List<EntityElement> phones) {
            this.phones = phones;
            return this;
        }

        public Builder faxes(List<EntityElement> faxes) {
            this.faxes = faxes;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder updatedBy(Associate updatedBy) {
            this.updatedBy = updatedBy;
            return this;
        }

        public Builder createdBy(Associate createdBy) {
            this.createdBy = createdBy;
            return this;
        }

        public Builder associate(Associate associate) {
            this.associate = associate;
            return this;
        }

        public Builder business(ListItem business) {
            this.business = business;
            return this;
        }

        public Builder category(ListItem category) {
            this.category = category;
            return this;
        }

        public Builder country(Country country) {
            this.country = country;
            return this;
        }

        public Builder persons(List<Person> persons) {
            this.persons = persons;
            return this;
        }

        public Builder noMailing(boolean noMailing) {
            this.noMailing = noMailing;
            return this;
        }

        public Builder kananame(String kananame) {
            this.kananame = kananame;
            return this;
        }

        public Builder xstop(boolean xstop) {
            this.xstop = xstop;
            return this;
        }

        public Builder activeInterests(int activeInterests) {
            this.activeInterests = activeInterests;
            return this;
        }

        public Builder groupId(int groupId) {
            this.groupId = groupId;
            return this;
        }

        public Builder activeStatusMonitorId(int activeStatusMonitorId) {
            this.activeStatusMonitorId = activeStatusMonitorId;
            return this;
        }

        public Builder supportAssociate(Associate supportAssociate) {
            this.supportAssociate = supportAssociate;
            return this;
        }

        public Builder ticketPriority(ListItem ticketPriority) {
            this.ticketPriority = ticketPriority;
            return this;
        }

        public Builder customerLanguage(ListItem customerLanguage) {
            this.customerLanguage = customerLanguage;
            return this;
        }

        public Builder deleted(int deleted) {
            this.deleted = deleted;
            return this;
        }

        public Builder dbiAgentId(int dbiAgentId) {
            this.dbiAgentId = dbiAgentId;
            return this;
        }

        public Builder dbiLastSyncronized(Instant dbiLastSyncronized) {
            this.dbiLastSyncronized = dbiLastSyncronized;
            return this;
        }

        public Builder dbiKey(String dbiKey) {
            this.dbiKey = dbiKey;
            return this;
        }

        public Builder dbiLastModified(Instant dbiLastModified) {
            this.dbiLastModified = dbiLastModified;
            return this;
        }

        public Builder supportPerson(Person supportPerson) {
            this.supportPerson = supportPerson;
            return this;
        }

        public Builder address(Address address) {
            this.address = address;
            return this;
        }

        public Builder source(int source) {
            this.source = source;
            return this;
        }

        public Builder activeErpLinks(int activeErpLinks) {
            this.activeErpLinks = activeErpLinks;
            return this;
        }

        public Builder bounceEmails(List<String> bounceEmails) {
            this.bounceEmails = bounceEmails;
            return this;
        }

        public Builder domains(List<String> domains) {
            this.domains = domains;
            return this;
        }

        public Builder utmParameters(SavedUtmParameters utmParameters) {
            this.utmParameters = utmParameters;
            return this;
        }

        public Builder userDefinedFields(Map<String, String> userDefinedFields) {
            this.userDefinedFields = userDefinedFields;
            return this;
        }

        public Builder extraFields(Map<String, String> extraFields) {
            this.extraFields = extraFields;
            return this;
        }

        public Builder customFields(Map<String, String> customFields) {
            this.customFields = customFields;
            return this;
        }

        public Builder tableRight(TableRight tableRight) {
            this.tableRight = tableRight;
            return this;
        }

        public Builder fieldProperties(Map<String, FieldProperty> fieldProperties) {
            this.fieldProperties = fieldProperties;
            return this;
        }

        public ContactEntity build() {
            return new ContactEntity(contactId, name, department, orgNr, number1, number2, updatedDate, createdDate, emails, interests, urls, phones, faxes, description, updatedBy, createdBy, associate, business, category, country, persons, noMailing, kananame, xstop, activeInterests, groupId, activeStatusMonitorId, supportAssociate, ticketPriority, customerLanguage, deleted, dbiAgentId, dbiLastSyncronized, dbiKey, dbiLastModified, supportPerson, address, source, activeErpLinks, bounceEmails, domains, utmParameters, userDefinedFields, extraFields, customFields, tableRight, fieldProperties);
        }
    }
}
