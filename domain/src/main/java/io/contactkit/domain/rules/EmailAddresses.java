package io.contactkit.domain.rules;

import java.util.regex.Pattern;

/**
 * What the core takes for an email address, in a contact's Emails and wherever else an address is to end up in one
 * (an enrichment source's company), so that whatever is merged into a contact can be saved.
 */
public final class EmailAddresses {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$");

    private EmailAddresses() {
    }

    /** Whether the text is an address {@code name@domain.tld}: one {@code @}, no blanks, a dot in the domain. */
    public static boolean isValid(String text) {
        return text != null && EMAIL.matcher(text).matches();
    }
}
