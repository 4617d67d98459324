package io.contactkit.domain.schema;

/** The scalar types of the wire format, with the .NET type names the SuperOffice API reports for them. */
public enum ScalarKind {
    STRING("System.String"),
    INT32("System.Int32"),
    DOUBLE("System.Double"),
    BOOLEAN("System.Boolean"),
    DATE_TIME("System.DateTime");

    /**
     * The longest text read as a number, in a body or a custom field: parsing and scaling a BigDecimal of tens of
     * thousands of digits costs seconds of CPU, and no property holds a number that long.
     */
    public static final int MAX_NUMBER_LENGTH = 1000;

    private final String dotNetName;

    ScalarKind(String dotNetName) {
        this.dotNetName = dotNetName;
    }

    public String dotNetName() {
        return dotNetName;
    }
}
