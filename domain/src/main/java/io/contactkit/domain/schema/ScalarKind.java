package io.contactkit.domain.schema;

import java.math.BigDecimal;

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

    /**
     * Whether the number, written out in full (as a decimal custom field keeps and answers it), has at most {@link
     * #MAX_NUMBER_LENGTH} digits on each side of the point: {@code 1e999999999} is short to send, but a billion
     * digits to write.
     */
    public static boolean writableInFull(BigDecimal number) {
        long integerDigits = (long) number.precision() - number.scale();
        return number.scale() <= MAX_NUMBER_LENGTH && integerDigits <= MAX_NUMBER_LENGTH;
    }

    private final String dotNetName;

    ScalarKind(String dotNetName) {
        this.dotNetName = dotNetName;
    }

    public String dotNetName() {
        return dotNetName;
    }
}
