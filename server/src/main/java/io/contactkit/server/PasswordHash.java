package io.contactkit.server;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A password stored as a salted, deliberately slow PBKDF2-HMAC-SHA256 hash; the password itself is never kept. Its
 * text form, as the database keeps it, names the algorithm and the work factor beside salt and hash
 * ({@code $pbkdf2-sha256$i=600000$<salt>$<hash>}, base64), so a hash made with fewer iterations still verifies
 * after the default grows.
 */
final class PasswordHash {

    /** The OWASP recommendation for PBKDF2-HMAC-SHA256. */
    static final int DEFAULT_ITERATIONS = 600_000;
    /** Fewer would make each guess too cheap; tests use this many to run fast. */
    static final int MIN_ITERATIONS = 1_000;

    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final String PREFIX = "$pbkdf2-sha256$i=";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final Base64.Encoder BASE64 = Base64.getEncoder().withoutPadding();

    private final byte[] salt;
    private final int iterations;
    private final byte[] hash;

    private PasswordHash(byte[] salt, int iterations, byte[] hash) {
        this.salt = salt;
        this.iterations = iterations;
        this.hash = hash;
    }

    static PasswordHash of(String password, int iterations, SecureRandom random) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return new PasswordHash(salt, iterations, derive(password, salt, iterations));
    }

    /**
     * A hash no password matches, that takes as long to check as a real one: what an unknown user name is checked
     * against, so a refusal takes the same time whether the name or the password was wrong.
     */
    static PasswordHash decoy(int iterations, SecureRandom random) {
        byte[] salt = new byte[SALT_BYTES];
        byte[] hash = new byte[HASH_BITS / 8];
        random.nextBytes(salt);
        random.nextBytes(hash);
        return new PasswordHash(salt, iterations, hash);
    }

    /**
     * The hash a text form gives.
     *
     * @throws IllegalArgumentException when the text is not a hash of this form
     */
    static PasswordHash parse(String encoded) {
        String[] parts = encoded.startsWith(PREFIX) ? encoded.substring(PREFIX.length()).split("\\$", -1)
                : new String[0];
        try {
            if (parts.length == 3) {
                int iterations = Integer.parseInt(parts[0]);
                byte[] salt = Base64.getDecoder().decode(parts[1]);
                byte[] hash = Base64.getDecoder().decode(parts[2]);
                if (iterations >= MIN_ITERATIONS && salt.length == SALT_BYTES && hash.length == HASH_BITS / 8) {
                    return new PasswordHash(salt, iterations, hash);
                }
            }
        } catch (IllegalArgumentException malformed) {
            // reported below
        }
        throw new IllegalArgumentException("not a password hash ContactKit wrote");
    }

    /** The text form the database keeps. */
    String encoded() {
        return PREFIX + iterations + "$" + BASE64.encodeToString(salt) + "$" + BASE64.encodeToString(hash);
    }

    /** Compares in constant time, so the answer's timing says nothing about how much of the password was right. */
    boolean matches(String password) {
        return MessageDigest.isEqual(hash, derive(password, salt, iterations));
    }

    private static byte[] derive(String password, byte[] salt, int iterations) {
        char[] chars = password.toCharArray();
        PBEKeySpec spec = new PBEKeySpec(chars, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks " + ALGORITHM, e);
        } finally {
            spec.clearPassword();
            Arrays.fill(chars, '\0');
        }
    }
}
