package io.contactkit.server;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/** A password stored as a salted, deliberately slow PBKDF2-HMAC-SHA256 hash; the password itself is never kept. */
final class PasswordHash {

    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;

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
