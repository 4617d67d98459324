package io.contactkit.domain.schema;

/** The scalar types of the wire format, with the .NET type names the SuperOffice API reports for them. */
public enum ScalarKind {
    STRING("System.String"),
    INT32("System.Int32"),
    DOUBLE("System.Double"),
    BOOLEAN("System.Boolean"),
    DATE_TIME("System.DateTime");

    private final String dotNetName;

    ScalarKind(String dotNetName) {
        this.dotNetName = dotNetName;
    }

    public String dotNetName() {
        return dotNetName;
    }
}
