package io.contactkit.domain.testing;

import io.contactkit.domain.port.IdentityRepository;
import io.contactkit.domain.port.StoredSession;
import io.contactkit.domain.port.StoredToken;
import io.contactkit.domain.port.StoredUser;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Identities in maps, for tests that need a repository; it keeps {@link IdentityRepositoryContract} as the JDBC one
 * does.
 */
public final class InMemoryIdentityRepository implements IdentityRepository {

    private final Map<String, StoredUser> users = new TreeMap<>();
    private final Map<String, StoredToken> tokens = new TreeMap<>();
    /** Ticket digest to user name and expiry. */
    private final Map<String, Session> sessions = new TreeMap<>();

    private record Session(String userName, Instant expires) {
    }

    @Override
    public synchronized Optional<StoredUser> user(String name) {
        return Optional.ofNullable(users.get(name));
    }

    @Override
    public synchronized List<StoredUser> users() {
        return List.copyOf(users.values());
    }

    @Override
    public synchronized boolean addUser(StoredUser user) {
        return users.putIfAbsent(user.name(), user) == null;
    }

    @Override
    public synchronized boolean updateUser(StoredUser user) {
        StoredUser before = users.get(user.name());
        if (before == null) {
            return false;
        }
        users.put(user.name(), user);
        if (!before.passwordHash().equals(user.passwordHash())) {
            sessions.values().removeIf(session -> session.userName().equals(user.name()));
        }
        return true;
    }

    @Override
    public synchronized boolean removeUser(String name) {
        sessions.values().removeIf(session -> session.userName().equals(name));
        return users.remove(name) != null;
    }

    @Override
    public synchronized Optional<StoredToken> tokenByDigest(String digest) {
        return tokens.values().stream().filter(token -> token.digest().equals(digest)).findFirst();
    }

    @Override
    public synchronized List<StoredToken> tokens() {
        List<StoredToken> all = new ArrayList<>(tokens.values());
        all.sort(Comparator.comparing(StoredToken::name));
        return List.copyOf(all);
    }

    @Override
    public synchronized boolean addToken(StoredToken token) {
        if (tokens.containsKey(token.name()) || tokenByDigest(token.digest()).isPresent()) {
            return false;
        }
        tokens.put(token.name(), token);
        return true;
    }

    @Override
    public synchronized boolean removeToken(String name) {
        return tokens.remove(name) != null;
    }

    @Override
    public synchronized boolean addSession(StoredSession session) {
        if (!users.containsKey(session.user().name())) {
            return false;
        }
        sessions.put(session.ticketDigest(), new Session(session.user().name(), session.expires()));
        return true;
    }

    @Override
    public synchronized Optional<StoredSession> session(String ticketDigest, Instant now) {
        Session session = sessions.get(ticketDigest);
        if (session == null || !now.isBefore(session.expires())) {
            return Optional.empty();
        }
        return Optional.of(new StoredSession(ticketDigest, users.get(session.userName()), session.expires()));
    }

    @Override
    public synchronized void removeSession(String ticketDigest) {
        sessions.remove(ticketDigest);
    }

    @Override
    public synchronized int removeSessionsExpiredBy(Instant now) {
        int before = sessions.size();
        sessions.values().removeIf(session -> !now.isBefore(session.expires()));
        return before - sessions.size();
    }
}
