package io.contactkit.domain.port;

/** The simple lists a contact refers to by id, by their SuperOffice MDO list names. */
public enum ListName {
    BUSINESS("business"),
    CATEGORY("category"),
    TICKET_PRIORITY("ticketpriority"),
    CUSTOMER_LANGUAGE("customerlanguage");

    private final String mdoName;

    ListName(String mdoName) {
        this.mdoName = mdoName;
    }

    public String mdoName() {
        return mdoName;
    }
}
