package io.contactkit.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The partner application tokens ({@code SO-AppToken}) an installation knows, kept as SHA-256 digests. With none
 * configured the header is accepted and ignored; with some, every request must carry one of them.
 */
final class AppTokens {

    private final Set<String> digests;

    AppTokens(Collection<String> tokens) {
        this.digests = tokens.stream().map(AppTokens::sha256).collect(Collectors.toUnmodifiableSet());
    }

    boolean admits(String header) {
        if (digests.isEmpty()) {
            return true;
        }
        return header != null && digests.contains(sha256(header.trim()));
    }

    private static String sha256(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }
}
