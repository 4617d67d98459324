package io.contactkit.jdbc;

import io.contactkit.domain.port.IdentityRepository;
import io.contactkit.domain.port.StoredSession;
import io.contactkit.domain.port.StoredToken;
import io.contactkit.domain.port.StoredUser;
import io.contactkit.domain.rights.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * Users, API tokens and sessions in the tables of V5. Each call is one statement, or one transaction; a name or
 * digest taken by a concurrent call on another node is told apart from an outage by its SQLSTATE.
 */
final class JdbcIdentityRepository implements IdentityRepository {

    /** SQLSTATE of a unique or primary key violation, in H2 and PostgreSQL alike. */
    private static final String UNIQUE_VIOLATION = "23505";
    /** SQLSTATE of a foreign key violation: a session for a user removed meanwhile. */
    private static final String FOREIGN_KEY_VIOLATION = "23503";

    private static final String USER_COLUMNS = "u.name, u.role, u.associate_id, u.password_hash";
    private static final String SELECT_USER = "SELECT " + USER_COLUMNS + " FROM identity_user u WHERE u.name = :name";
    private static final String SELECT_USERS = "SELECT " + USER_COLUMNS + " FROM identity_user u";
    private static final String INSERT_USER = "INSERT INTO identity_user (name, role, associate_id, password_hash)"
            + " VALUES (:name, :role, :associate_id, :password_hash)";
    private static final String END_SESSIONS_OF_NEW_PASSWORD = "DELETE FROM identity_session WHERE user_name = :name"
            + " AND EXISTS (SELECT 1 FROM identity_user WHERE name = :name AND password_hash <> :password_hash)";
    private static final String UPDATE_USER = "UPDATE identity_user SET role = :role, associate_id = :associate_id,"
            + " password_hash = :password_hash WHERE name = :name";
    private static final String DELETE_USER = "DELETE FROM identity_user WHERE name = :name";

    private static final String TOKEN_COLUMNS = "name, digest, role, associate_id";
    private static final String SELECT_TOKEN = "SELECT " + TOKEN_COLUMNS + " FROM identity_token WHERE digest = :digest";
    private static final String SELECT_TOKENS = "SELECT " + TOKEN_COLUMNS + " FROM identity_token";
    private static final String INSERT_TOKEN = "INSERT INTO identity_token (" + TOKEN_COLUMNS + ")"
            + " VALUES (:name, :digest, :role, :associate_id)";
    private static final String DELETE_TOKEN = "DELETE FROM identity_token WHERE name = :name";

    private static final String INSERT_SESSION = "INSERT INTO identity_session (ticket_digest, user_name, expires_at)"
            + " SELECT :ticket_digest, name, :expires_at FROM identity_user WHERE name = :name";
    private static final String SELECT_SESSION = "SELECT " + USER_COLUMNS + ", s.expires_at"
            + " FROM identity_session s JOIN identity_user u ON u.name = s.user_name"
            + " WHERE s.ticket_digest = :ticket_digest AND s.expires_at > :now";
    private static final String DELETE_SESSION = "DELETE FROM identity_session WHERE ticket_digest = :ticket_digest";
    private static final String DELETE_EXPIRED_SESSIONS = "DELETE FROM identity_session WHERE expires_at <= :now";

    private final Jdbi jdbi;

    JdbcIdentityRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<StoredUser> user(String name) {
        return StoreFaults.guarded("reading a user", () -> jdbi.withHandle(handle -> handle.createQuery(SELECT_USER)
                .bind("name", name).map((rs, ctx) -> user(rs)).findOne()));
    }

    /** Sorted here rather than in SQL, where the order would follow each database's collation. */
    @Override
    public List<StoredUser> users() {
        List<StoredUser> users = StoreFaults.guarded("listing users", () -> jdbi.withHandle(handle ->
                handle.createQuery(SELECT_USERS).map((rs, ctx) -> user(rs)).list()));
        return users.stream().sorted(Comparator.comparing(StoredUser::name)).toList();
    }

    @Override
    public boolean addUser(StoredUser user) {
        return StoreFaults.guarded("adding a user", () -> unless(UNIQUE_VIOLATION, () -> jdbi.withHandle(handle ->
                handle.createUpdate(INSERT_USER).bind("name", user.name()).bind("role", role(user.role()))
                        .bind("associate_id", user.associateId()).bind("password_hash", user.passwordHash())
                        .execute() == 1)));
    }

    @Override
    public boolean updateUser(StoredUser user) {
        return StoreFaults.guarded("updating a user", () -> jdbi.inTransaction(handle -> {
            handle.createUpdate(END_SESSIONS_OF_NEW_PASSWORD).bind("name", user.name())
                    .bind("password_hash", user.passwordHash()).execute();
            return handle.createUpdate(UPDATE_USER).bind("name", user.name()).bind("role", role(user.role()))
                    .bind("associate_id", user.associateId()).bind("password_hash", user.passwordHash())
                    .execute() == 1;
        }));
    }

    /** The user's sessions go with it, by the foreign key's cascade. */
    @Override
    public boolean removeUser(String name) {
        return StoreFaults.guarded("removing a user", () -> jdbi.withHandle(handle ->
                handle.createUpdate(DELETE_USER).bind("name", name).execute() == 1));
    }

    @Override
    public Optional<StoredToken> tokenByDigest(String digest) {
        return StoreFaults.guarded("reading an API token", () -> jdbi.withHandle(handle ->
                handle.createQuery(SELECT_TOKEN).bind("digest", digest).map((rs, ctx) -> token(rs)).findOne()));
    }

    @Override
    public List<StoredToken> tokens() {
        List<StoredToken> tokens = StoreFaults.guarded("listing API tokens", () -> jdbi.withHandle(handle ->
                handle.createQuery(SELECT_TOKENS).map((rs, ctx) -> token(rs)).list()));
        return tokens.stream().sorted(Comparator.comparing(StoredToken::name)).toList();
    }

    @Override
    public boolean addToken(StoredToken token) {
        return StoreFaults.guarded("adding an API token", () -> unless(UNIQUE_VIOLATION, () -> jdbi.withHandle(
                handle -> handle.createUpdate(INSERT_TOKEN).bind("name", token.name()).bind("digest", token.digest())
                        .bind("role", role(token.role())).bind("associate_id", token.associateId())
                        .execute() == 1)));
    }

    @Override
    public boolean removeToken(String name) {
        return StoreFaults.guarded("removing an API token", () -> jdbi.withHandle(handle ->
                handle.createUpdate(DELETE_TOKEN).bind("name", name).execute() == 1));
    }

    @Override
    public boolean addSession(StoredSession session) {
        return StoreFaults.guarded("adding a session", () -> unless(FOREIGN_KEY_VIOLATION, () -> jdbi.withHandle(
                handle -> handle.createUpdate(INSERT_SESSION).bind("ticket_digest", session.ticketDigest())
                        .bind("name", session.user().name()).bind("expires_at", session.expires().getEpochSecond())
                        .execute() == 1)));
    }

    @Override
    public Optional<StoredSession> session(String ticketDigest, Instant now) {
        return StoreFaults.guarded("reading a session", () -> jdbi.withHandle(handle ->
                handle.createQuery(SELECT_SESSION).bind("ticket_digest", ticketDigest)
                        .bind("now", now.getEpochSecond())
                        .map((rs, ctx) -> new StoredSession(ticketDigest, user(rs),
                                Instant.ofEpochSecond(rs.getLong(5))))
                        .findOne()));
    }

    @Override
    public void removeSession(String ticketDigest) {
        StoreFaults.guarded("removing a session", () -> jdbi.useHandle(handle ->
                handle.createUpdate(DELETE_SESSION).bind("ticket_digest", ticketDigest).execute()));
    }

    @Override
    public int removeSessionsExpiredBy(Instant now) {
        return StoreFaults.guarded("removing expired sessions", () -> jdbi.withHandle(handle ->
                handle.createUpdate(DELETE_EXPIRED_SESSIONS).bind("now", now.getEpochSecond()).execute()));
    }

    private static StoredUser user(ResultSet rs) throws SQLException {
        return new StoredUser(rs.getString(1), role(rs.getString(2)), rs.getInt(3), rs.getString(4));
    }

    private static StoredToken token(ResultSet rs) throws SQLException {
        return new StoredToken(rs.getString(1), rs.getString(2), role(rs.getString(3)), rs.getInt(4));
    }

    private static String role(Role role) {
        return role.toString();
    }

    private static Role role(String stored) {
        return Role.named(stored).orElseThrow(() -> new IllegalStateException("unknown role in the store: "
                + stored));
    }

    /**
     * False where the write broke the given constraint, as a concurrent call on another node can make it: a name
     * taken meanwhile, a user removed meanwhile. Anything else is the store's failure.
     */
    private static boolean unless(String sqlState, Supplier<Boolean> write) {
        try {
            return write.get();
        } catch (JdbiException e) {
            if (sqlState.equals(StoreFaults.sqlState(e))) {
                return false;
            }
            throw e;
        }
    }
}
