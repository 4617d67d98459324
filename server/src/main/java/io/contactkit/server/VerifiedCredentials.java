package io.contactkit.server;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Name and password pairs that passed the slow hash recently. Basic authentication sends the password with every
 * request; hashing it each time would cost each request a large part of a second. A pair is remembered only as an
 * HMAC under a key that lives and dies with this process, never in a form that gives the password back, and
 * together with the stored hash it matched: once the password is changed (on any node), the pair no longer counts.
 */
final class VerifiedCredentials {

    private static final int MAX_ENTRIES = 10_000;

    private final SecretKeySpec key;
    private final Duration lifetime;
    private final Clock clock;
    private final Map<String, Instant> expiries = new ConcurrentHashMap<>();

    VerifiedCredentials(SecureRandom random, Duration lifetime, Clock clock) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.lifetime = lifetime;
        this.clock = clock;
    }

    /** @param storedHash the user's password hash as the store holds it now */
    boolean recentlyVerified(String userName, String storedHash, String password) {
        Instant expiry = expiries.get(fingerprint(userName, storedHash, password));
        return expiry != null && clock.instant().isBefore(expiry);
    }

    void remember(String userName, String storedHash, String password) {
        if (expiries.size() >= MAX_ENTRIES) {
            expiries.clear();
        }
        expiries.put(fingerprint(userName, storedHash, password), clock.instant().plus(lifetime));
    }

    private String fingerprint(String userName, String storedHash, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(userName.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(storedHash.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks HmacSHA256", e);
        }
    }
}
