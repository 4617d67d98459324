package io.contactkit.http;

import io.contactkit.http.authentication.Secrets;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The partner application tokens ({@code SO-AppToken}) an installation knows, kept as SHA-256 digests. With none
 * configured the header is accepted and ignored; with some, every request must carry one of them.
 */
final class AppTokens {

    private final Set<String> digests;

    AppTokens(Collection<String> tokens) {
        this.digests = tokens.stream().map(Secrets::sha256).collect(Collectors.toUnmodifiableSet());
    }

    boolean admits(String header) {
        if (digests.isEmpty()) {
            return true;
        }
        return header != null && digests.contains(Secrets.sha256(header.trim()));
    }
}
