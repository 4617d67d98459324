package io.contactkit.domain.rules;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The web domain a web address, an email address or a typed-in domain names: the one form in which the core and an
 * enrichment source compare a company's domains.
 */
public final class WebDomains {

    private static final Pattern SCHEME = Pattern.compile("^[a-z][a-z0-9+.-]*://");
    private static final Pattern PORT = Pattern.compile(":\\d*$");
    private static final Pattern DOMAIN = Pattern.compile("[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+");

    private WebDomains() {
    }

    /**
     * The host of a web address in lower case, without the {@code www.} that most company sites add: the same
     * company answers to {@code https://www.Acme.example/about} and {@code acme.example}.
     */
    public static Optional<String> ofAddress(String address) {
        if (address == null) {
            return Optional.empty();
        }
        String host = SCHEME.matcher(address.trim().toLowerCase(Locale.ROOT)).replaceFirst("");
        host = host.split("[/?#]", 2)[0];
        host = host.substring(host.lastIndexOf('@') + 1);
        host = PORT.matcher(host).replaceFirst("");
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (host.startsWith("www.")) {
            host = host.substring("www.".length());
        }
        return DOMAIN.matcher(host).matches() ? Optional.of(host) : Optional.empty();
    }

    /** The domain of an email address; none when the value has no {@code @}. */
    public static Optional<String> ofEmail(String email) {
        if (email == null || email.indexOf('@') < 0) {
            return Optional.empty();
        }
        return ofAddress(email.substring(email.lastIndexOf('@') + 1));
    }
}
