package io.contactkit.domain.model;

import jakarta.validation.constraints.Size;

/**
 * A person belonging to a contact, as carried inside the contact.
 * <p>One component per wire property, in wire order; the wire name is the component name with
 * its first letter in upper case. Lists and maps are never null.
 */
public record Person(
        String position,
        int personId,
        String mrmrs,
        @Size(max = 50) String firstname,
        @Size(max = 50) String lastname,
        String middleName,
        String title,
        String description,
        String email,
        String fullName,
        String directPhone,
        String formalName,
        int countryId,
        int contactId,
        String contactName,
        int retired,
        int rank,
        int activeInterests,
        String contactDepartment,
        int contactCountryId,
        String contactOrgNr,
        String faxPhone,
        String mobilePhone,
        String contactPhone,
        String associateName,
        int associateId,
        boolean usePersonAddress,
        String contactFax,
        String kanafname,
        String kanalname,
        String post1,
        String post2,
        String post3,
        String emailName,
        String contactFullName,
        int activeErpLinks,
        int ticketPriorityId,
        int supportLanguageId,
        int supportAssociateId,
        String categoryName,
        String personNumber) {

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder()
            .position(position)
            .personId(personId)
            .mrmrs(mrmrs)
            .firstname(firstname)
            .lastname(lastname)
            .middleName(middleName)
            .title(title)
            .description(description)
            .email(email)
            .fullName(fullName)
            .directPhone(directPhone)
            .formalName(formalName)
            .countryId(countryId)
            .contactId(contactId)
            .contactName(contactName)
            .retired(retired)
            .rank(rank)
            .activeInterests(activeInterests)
            .contactDepartment(contactDepartment)
            .contactCountryId(contactCountryId)
            .contactOrgNr(contactOrgNr)
            .faxPhone(faxPhone)
            .mobilePhone(mobilePhone)
            .contactPhone(contactPhone)
            .associateName(associateName)
            .associateId(associateId)
            .usePersonAddress(usePersonAddress)
            .contactFax(contactFax)
            .kanafname(kanafname)
            .kanalname(kanalname)
            .post1(post1)
            .post2(post2)
            .post3(post3)
            .emailName(emailName)
            .contactFullName(contactFullName)
            .activeErpLinks(activeErpLinks)
            .ticketPriorityId(ticketPriorityId)
            .supportLanguageId(supportLanguageId)
            .supportAssociateId(supportAssociateId)
            .categoryName(categoryName)
            .personNumber(personNumber);
    }

    /** Builds a Person step by step; unset properties keep their empty value. */
    public static final class Builder {
        private String position = null;
        private int personId = 0;
        private String mrmrs = null;
        private String firstname = null;
        private String lastname = null;
        private String middleName = null;
        private String title = null;
        private String description = null;
        private String email = null;
        private String fullName = null;
        private String directPhone = null;
        private String formalName = null;
        private int countryId = 0;
        private int contactId = 0;
        private String contactName = null;
        private int retired = 0;
        private int rank = 0;
        private int activeInterests = 0;
        private String contactDepartment = null;
        private int contactCountryId = 0;
        private String contactOrgNr = null;
        private String faxPhone = null;
        private String mobilePhone = null;
        private String contactPhone = null;
        private String associateName = null;
        private int associateId = 0;
        private boolean usePersonAddress = false;
        private String contactFax = null;
        private String kanafname = null;
        private String kanalname = null;
        private String post1 = null;
        private String post2 = null;
        private String post3 = null;
        private String emailName = null;
        private String contactFullName = null;
        private int activeErpLinks = 0;
        private int ticketPriorityId = 0;
        private int supportLanguageId = 0;
        private int supportAssociateId = 0;
        private String categoryName = null;
        private String personNumber = null;

        private Builder() {
        }

        public Builder position(String position) {
            this.position = position;
            return this;
        }

        public Builder personId(int personId) {
            this.personId = personId;
            return this;
        }

        public Builder mrmrs(String mrmrs) {
            this.mrmrs = mrmrs;
            return this;
        }

        public Builder firstname(String firstname) {
            this.firstname = firstname;
            return this;
        }

        public Builder lastname(String lastname) {
            this.lastname = lastname;
            return this;
        }

        public Builder middleName(String middleName) {
            this.middleName = middleName;
            return this;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder email(String email) {
            this.email = email;
            return this;
        }

        public Builder fullName(String fullName) {
            this.fullName = fullName;
            return this;
        }

        public Builder directPhone(String directPhone) {
            this.directPhone = directPhone;
            return this;
        }

        public Builder formalName(String formalName) {
            this.formalName = formalName;
            return this;
        }

        public Builder countryId(int countryId) {
            this.countryId = countryId;
            return this;
        }

        public Builder contactId(int contactId) {
            this.contactId = contactId;
            return this;
        }

        public Builder contactName(String contactName) {
            this.contactName = contactName;
            return this;
        }

        public Builder retired(int retired) {
            this.retired = retired;
            return this;
        }

        public Builder rank(int rank) {
            this.rank = rank;
            return this;
        }

        public Builder activeInterests(int activeInterests) {
            this.activeInterests = activeInterests;
            return this;
        }

        public Builder contactDepartment(String contactDepartment) {
            this.contactDepartment = contactDepartment;
            return this;
        }

        public Builder contactCountryId(int contactCountryId) {
            this.contactCountryId = contactCountryId;
            return this;
        }

        public Builder contactOrgNr(String contactOrgNr) {
            this.contactOrgNr = contactOrgNr;
            return this;
        }

        public Builder faxPhone(String faxPhone) {
            this.faxPhone = faxPhone;
            return this;
        }

        public Builder mobilePhone(String mobilePhone) {
            this.mobilePhone = mobilePhone;
            return this;
        }

        public Builder contactPhone(String contactPhone) {
            this.contactPhone = contactPhone;
            return this;
        }

        public Builder associateName(String associateName) {
            this.associateName = associateName;
            return this;
        }

        public Builder associateId(int associateId) {
            this.associateId = associateId;
            return this;
        }

        public Builder usePersonAddress(boolean usePersonAddress) {
            this.usePersonAddress = usePersonAddress;
            return this;
        }

        public Builder contactFax(String contactFax) {
            this.contactFax = contactFax;
            return this;
        }

        public Builder kanafname(String kanafname) {
            this.kanafname = kanafname;
            return this;
        }

        public Builder kanalname(String kanalname) {
            this.kanalname = kanalname;
            return this;
        }

        public Builder post1(String post1) {
            this.post1 = post1;
            return this;
        }

        public Builder post2(String post2) {
            this.post2 = post2;
            return this;
        }

        public Builder post3(String post3) {
            this.post3 = post3;
            return this;
        }

        public Builder emailName(String emailName) {
            this.emailName = emailName;
            return this;
        }

        public Builder contactFullName(String contactFullName) {
            this.contactFullName = contactFullName;
            return this;
        }

        public Builder activeErpLinks(int activeErpLinks) {
            this.activeErpLinks = activeErpLinks;
            return this;
        }

        public Builder ticketPriorityId(int ticketPriorityId) {
            this.ticketPriorityId = ticketPriorityId;
            return this;
        }

        public Builder supportLanguageId(int supportLanguageId) {
            this.supportLanguageId = supportLanguageId;
            return this;
        }

        public Builder supportAssociateId(int supportAssociateId) {
            this.supportAssociateId = supportAssociateId;
            return this;
        }

        public Builder categoryName(String categoryName) {
            this.categoryName = categoryName;
            return this;
        }

        public Builder personNumber(String personNumber) {
            this.personNumber = personNumber;
            return this;
        }

        public Person build() {
            return new Person(position, personId, mrmrs, firstname, lastname, middleName, title, description, email, fullName, directPhone, formalName, countryId, contactId, contactName, retired, rank, activeInterests, contactDepartment, contactCountryId, contactOrgNr, faxPhone, mobilePhone, contactPhone, associateName, associateId, usePersonAddress, contactFax, kanafname, kanalname, post1, post2, post3, emailName, contactFullName, activeErpLinks, ticketPriorityId, supportLanguageId, supportAssociateId, categoryName, personNumber);
        }
    }
}
