package io.contactkit.http.authentication;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Random secrets, the one-way digests they are stored under, and their comparison: what every keeper of
 * credentials (the servlet's app tokens and XSRF check, an {@link AccountStore}) uses alike.
 */
public final class Secrets {

    private static final int SECRET_BYTES = 32;

    private Secrets() {
    }

    /** 256 random bits, URL-safe, fit for a header, a cookie and a path. */
    public static String random(SecureRandom random) {
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The SHA-256 of the text in hex: a stored secret is looked up by this, never kept as given. */
    public static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }

    /** Equality in time independent of where the texts differ. */
    public static boolean sameText(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
