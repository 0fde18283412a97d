package org.fusioncentre.access.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.fusioncentre.access.ApiToken;
import org.fusioncentre.access.AuditLog;
import org.fusioncentre.access.AuditRecord;
import org.fusioncentre.access.Jurisdiction;
import org.fusioncentre.access.KnownUnits;
import org.fusioncentre.access.Role;
import org.fusioncentre.access.Tokens;
import org.fusioncentre.access.User;
import org.fusioncentre.access.Users;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Accounts and API tokens in the relational store. */
@Service
class AccountService implements Users, Tokens {
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    private static final int MIN_PASSWORD = 12;
    private static final String TOKEN_PREFIX = "fct_";

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final KnownUnits units;
    private final AuditLog audit;
    private final Clock clock;
    private final PasswordEncoder passwords = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    private final SecureRandom random = new SecureRandom();
    /**
     * A hash to check against when the user does not exist, so a wrong name costs as long as a
     * wrong password; made on first need, not at every start of a command.
     */
    private volatile @Nullable String decoy;

    AccountService(
            NamedParameterJdbcTemplate jdbc,
            PlatformTransactionManager transactionManager,
            KnownUnits units,
            Clock clock,
            AuditLog audit) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public User add(
            String username,
            Set<Role> roles,
            Jurisdiction jurisdiction,
            @Nullable String organisation,
            char[] password) {
        String name = username == null ? "" : username.strip();
        if (!USERNAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "username '" + name
                            + "' must be 3 to 64 characters: lower-case letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("a user needs at least one role");
        }
        if (!jurisdiction.isNational() && !units.isProvinceOrDistrict(jurisdiction.code())) {
            throw new IllegalArgumentException("jurisdiction " + jurisdiction.code() + " is no province or district");
        }
        if (password == null || password.length < MIN_PASSWORD) {
            throw new IllegalArgumentException("a password needs at least " + MIN_PASSWORD + " characters");
        }
        String hash = passwords.encode(new String(password));
        Arrays.fill(password, '\0');
        Instant now = now();
        UUID id = UUID.randomUUID();
        return transactions.execute(status -> {
            if (find(name).isPresent()) {
                throw new IllegalArgumentException("username '" + name + "' is taken");
            }
            UUID organisationId =
                    organisation == null || organisation.isBlank() ? null : organisation(organisation.strip());
            jdbc.update(
                    "INSERT INTO app_user (id, username, password_hash, roles, jurisdiction, organisation_id, disabled,"
                            + " failed_logins, created_at) VALUES (:id, :username, :hash, :roles, :jurisdiction,"
                            + " :organisation, FALSE, 0, :createdAt)",
                    new MapSqlParameterSource()
                            .addValue("id", id)
                            .addValue("username", name)
                            .addValue("hash", hash)
                            .addValue(
                                    "roles",
                                    roles.stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
                            .addValue("jurisdiction", jurisdiction.code())
                            .addValue("organisation", organisationId)
                            .addValue("createdAt", utc(now)));
            User added = find(name).orElseThrow();
            record("user.add", "user", added.username(), null, describe(added));
            return added;
        });
    }

    private UUID organisation(String name) {
        List<UUID> found = jdbc.queryForList(
                "SELECT id FROM organisation WHERE name = :name", new MapSqlParameterSource("name", name), UUID.class);
        if (!found.isEmpty()) {
            return found.getFirst();
        }
        UUID id = UUID.randomUUID();
        jdbc.update(
                "INSERT INTO organisation (id, name, created_at) VALUES (:id, :name, :createdAt)",
                new MapSqlParameterSource()
                        .addValue("id", id)
                        .addValue("name", name)
                        .addValue("createdAt", utc(now())));
        return id;
    }

    private static final String USER_COLUMNS =
            "SELECT u.id, u.username, u.roles, u.jurisdiction, o.name AS organisation,"
                    + " u.disabled, u.created_at FROM app_user u LEFT JOIN organisation o ON o.id = u.organisation_id";

    @Override
    public List<User> list() {
        return jdbc.query(USER_COLUMNS + " ORDER BY u.username", (row, index) -> user(row));
    }

    @Override
    public Optional<User> find(String username) {
        return jdbc
                .query(
                        USER_COLUMNS + " WHERE u.username = :username",
                        new MapSqlParameterSource("username", username.strip()),
                        (row, index) -> user(row))
                .stream()
                .findFirst();
    }

    private static User user(ResultSet row) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : row.getString("roles").split(",")) {
            roles.add(Role.valueOf(role));
        }
        return new User(
                row.getObject("id", UUID.class),
                row.getString("username"),
                roles,
                new Jurisdiction(row.getString("jurisdiction")),
                row.getString("organisation"),
                row.getBoolean("disabled"),
                row.getTimestamp("created_at").toInstant());
    }

    @Override
    public User disable(String username) {
        return transactions.execute(status -> {
            User before = find(username)
                    .orElseThrow(() -> new IllegalArgumentException("no user '" + username.strip() + "'"));
            jdbc.update(
                    "UPDATE app_user SET disabled = TRUE WHERE username = :username",
                    new MapSqlParameterSource("username", before.username()));
            User after = find(username).orElseThrow();
            record("user.disable", "user", after.username(), describe(before), describe(after));
            return after;
        });
    }

    /** An audit entry for a change to accounts, in the change's transaction; never a password or a secret. */
    private void record(String action, String type, String id, @Nullable String before, @Nullable String after) {
        audit.record(new AuditRecord(audit.currentActor(), action, type, id, before, after, null, null));
    }

    private static String describe(User user) {
        return "{\"username\":\"" + user.username() + "\",\"roles\":\""
                + user.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(","))
                + "\",\"jurisdiction\":\"" + user.jurisdiction().code() + "\",\"disabled\":" + user.disabled() + "}";
    }

    private static String describe(ApiToken token) {
        return "{\"username\":\"" + token.username() + "\",\"expires_at\":\"" + token.expiresAt() + "\",\"revoked_at\":"
                + (token.revokedAt() == null ? "null" : "\"" + token.revokedAt() + "\"") + "}";
    }

    @Override
    public Optional<User> authenticate(String username, char[] password) {
        String given = new String(password);
        Arrays.fill(password, '\0');
        return transactions.execute(status -> {
            List<Login> found = jdbc.query(
                    "SELECT password_hash, failed_logins, locked_until, disabled FROM app_user WHERE username = :username"
                            + " FOR UPDATE",
                    new MapSqlParameterSource("username", username.strip()),
                    (row, index) -> new Login(
                            row.getString("password_hash"),
                            row.getInt("failed_logins"),
                            row.getTimestamp("locked_until") == null
                                    ? null
                                    : row.getTimestamp("locked_until").toInstant(),
                            row.getBoolean("disabled")));
            if (found.isEmpty()) {
                passwords.matches(given, decoy());
                return Optional.<User>empty();
            }
            Login login = found.getFirst();
            Instant now = now();
            boolean locked = login.lockedUntil() != null && now.isBefore(login.lockedUntil());
            boolean matches = passwords.matches(given, login.hash());
            if (matches && !locked && !login.disabled()) {
                jdbc.update(
                        "UPDATE app_user SET failed_logins = 0, locked_until = NULL WHERE username = :username",
                        new MapSqlParameterSource("username", username.strip()));
                return find(username);
            }
            if (!matches) {
                int failures = login.failures() + 1;
                jdbc.update(
                        "UPDATE app_user SET failed_logins = :failures, locked_until = :lockedUntil WHERE username = :username",
                        new MapSqlParameterSource("username", username.strip())
                                .addValue("failures", failures >= MAX_FAILURES ? 0 : failures)
                                .addValue(
                                        "lockedUntil",
                                        failures >= MAX_FAILURES
                                                ? utc(now.plus(Duration.ofMinutes(LOCK_MINUTES)))
                                                : login.lockedUntil() == null ? null : utc(login.lockedUntil())));
            }
            return Optional.<User>empty();
        });
    }

    private String decoy() {
        String known = decoy;
        if (known == null) {
            known = passwords.encode("decoy password, never a real one");
            decoy = known;
        }
        return known;
    }

    private record Login(
            String hash, int failures, @Nullable Instant lockedUntil, boolean disabled) {}

    @Override
    public ApiToken.Issued create(String username, Duration lifetime) {
        if (lifetime.compareTo(Duration.ofDays(1)) < 0 || lifetime.compareTo(Duration.ofDays(366)) > 0) {
            throw new IllegalArgumentException(
                    "a token lives from a day to a year, not " + lifetime.toDays() + " days");
        }
        User user =
                find(username).orElseThrow(() -> new IllegalArgumentException("no user '" + username.strip() + "'"));
        if (user.disabled()) {
            throw new IllegalArgumentException("user '" + user.username() + "' is disabled");
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = now();
        ApiToken token = new ApiToken(UUID.randomUUID(), user.username(), now, now.plus(lifetime), null);
        transactions.executeWithoutResult(status -> {
            jdbc.update(
                    "INSERT INTO api_token (id, user_id, digest, created_at, expires_at) VALUES (:id, :user, :digest,"
                            + " :createdAt, :expiresAt)",
                    new MapSqlParameterSource()
                            .addValue("id", token.id())
                            .addValue("user", user.id())
                            .addValue("digest", digest(secret))
                            .addValue("createdAt", utc(token.createdAt()))
                            .addValue("expiresAt", utc(token.expiresAt())));
            record("token.create", "api-token", token.id().toString(), null, describe(token));
        });
        return new ApiToken.Issued(token, secret);
    }

    private static final String TOKEN_COLUMNS = "SELECT t.id, u.username, t.created_at, t.expires_at, t.revoked_at"
            + " FROM api_token t JOIN app_user u ON u.id = t.user_id";

    @Override
    public Optional<User> authenticate(String secret) {
        if (secret == null || !secret.startsWith(TOKEN_PREFIX)) {
            return Optional.empty();
        }
        Instant now = now();
        return jdbc
                .query(
                        TOKEN_COLUMNS + " WHERE t.digest = :digest",
                        new MapSqlParameterSource("digest", digest(secret.strip())),
                        (row, index) -> token(row))
                .stream()
                .filter(token -> token.validAt(now))
                .findFirst()
                .flatMap(token -> find(token.username()))
                .filter(user -> !user.disabled());
    }

    @Override
    public ApiToken revoke(UUID id) {
        return transactions.execute(status -> revokeInTransaction(id));
    }

    private ApiToken revokeInTransaction(UUID id) {
        int changed = jdbc.update(
                "UPDATE api_token SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL",
                new MapSqlParameterSource("id", id).addValue("now", utc(now())));
        List<ApiToken> found = jdbc.query(
                TOKEN_COLUMNS + " WHERE t.id = :id", new MapSqlParameterSource("id", id), (row, index) -> token(row));
        if (found.isEmpty()) {
            throw new IllegalArgumentException("no token " + id);
        }
        if (changed == 0 && found.getFirst().revokedAt() == null) {
            throw new IllegalStateException("token " + id + " could not be revoked");
        }
        if (changed > 0) {
            record("token.revoke", "api-token", id.toString(), null, describe(found.getFirst()));
        }
        return found.getFirst();
    }

    @Override
    public List<ApiToken> list(String username) {
        return jdbc.query(
                TOKEN_COLUMNS + " WHERE u.username = :username ORDER BY t.created_at",
                new MapSqlParameterSource("username", username.strip()),
                (row, index) -> token(row));
    }

    private static ApiToken token(ResultSet row) throws SQLException {
        return new ApiToken(
                row.getObject("id", UUID.class),
                row.getString("username"),
                row.getTimestamp("created_at").toInstant(),
                row.getTimestamp("expires_at").toInstant(),
                row.getTimestamp("revoked_at") == null
                        ? null
                        : row.getTimestamp("revoked_at").toInstant());
    }

    private static String digest(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Now to the millisecond: what is returned must equal what the store gives back. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
