package org.fusioncentre.access.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.fusioncentre.MovableClock;
import org.fusioncentre.access.ApiToken;
import org.fusioncentre.access.Jurisdiction;
import org.fusioncentre.access.Role;
import org.fusioncentre.access.Tokens;
import org.fusioncentre.access.User;
import org.fusioncentre.access.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/** Accounts and tokens against a real store, with a clock the test moves. Run on H2 and PostgreSQL. */
abstract class AccountsContract {
    @TestConfiguration
    static class Clocks {
        @Bean
        @org.springframework.context.annotation.Primary
        MovableClock movableClock() {
            return new MovableClock(Instant.parse("2026-11-29T08:00:00Z"));
        }
    }

    @Autowired
    Users users;

    @Autowired
    Tokens tokens;

    @Autowired
    MovableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.fusioncentre.access.AuditLog audit;

    private User analyst() {
        return users.add(
                "b.analyst",
                Set.of(Role.ANALYST),
                Jurisdiction.parse("PK2"),
                "CTD Balochistan",
                "correct horse battery".toCharArray());
    }

    @Test
    void aUserLogsInWithTheirPasswordWhichIsStoredOnlyAsAnArgon2Hash() {
        User added = analyst();

        assertThat(added.roles()).containsExactly(Role.ANALYST);
        assertThat(added.jurisdiction().code()).isEqualTo("PK2");
        assertThat(added.organisation()).isEqualTo("CTD Balochistan");
        assertThat(users.authenticate("b.analyst", "correct horse battery".toCharArray()))
                .hasValueSatisfying(user -> assertThat(user.id()).isEqualTo(added.id()));
        assertThat(users.authenticate("b.analyst", "wrong horse battery".toCharArray()))
                .isEmpty();
        assertThat(users.authenticate("nobody", "correct horse battery".toCharArray()))
                .isEmpty();
        String stored = jdbc.queryForObject("SELECT password_hash FROM app_user", String.class);
        assertThat(stored).startsWith("$argon2id$").doesNotContain("correct horse");
    }

    @Test
    void rejectsBadAccountsWithTheReason() {
        analyst();
        char[] password = "long enough password".toCharArray();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> users.add("b.analyst", Set.of(Role.VIEWER), Jurisdiction.national(), null, password))
                .withMessageContaining("taken");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> users.add(
                        "x", Set.of(Role.VIEWER), Jurisdiction.national(), null, "long enough password".toCharArray()))
                .withMessageContaining("username 'x'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> users.add(
                        "viewer", Set.of(), Jurisdiction.national(), null, "long enough password".toCharArray()))
                .withMessageContaining("role");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> users.add(
                        "viewer",
                        Set.of(Role.VIEWER),
                        Jurisdiction.parse("PK299"),
                        null,
                        "long enough password".toCharArray()))
                .withMessageContaining("PK299 is no province or district");
        assertThatIllegalArgumentException()
                .isThrownBy(() ->
                        users.add("viewer", Set.of(Role.VIEWER), Jurisdiction.national(), null, "short".toCharArray()))
                .withMessageContaining("12 characters");
        assertThatIllegalArgumentException().isThrownBy(() -> Jurisdiction.parse("Quetta"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Role.parse("superuser"))
                .withMessageContaining("ANALYST");
        assertThat(users.list()).extracting(User::username).containsExactly("b.analyst");
    }

    @Test
    void fiveFailuresLockTheAccountForFifteenMinutesEvenAgainstTheRightPassword() {
        analyst();
        for (int i = 0; i < Users.MAX_FAILURES; i++) {
            assertThat(users.authenticate("b.analyst", ("guess " + i).toCharArray()))
                    .isEmpty();
        }

        assertThat(users.authenticate("b.analyst", "correct horse battery".toCharArray()))
                .isEmpty();
        clock.advance(Duration.ofMinutes(Users.LOCK_MINUTES + 1));
        assertThat(users.authenticate("b.analyst", "correct horse battery".toCharArray()))
                .isPresent();
    }

    @Test
    void aDisabledUserLosesPasswordAndTokensAtOnce() {
        analyst();
        ApiToken.Issued issued = tokens.create("b.analyst", Duration.ofDays(30));
        assertThat(tokens.authenticate(issued.secret())).isPresent();

        users.disable("b.analyst");

        assertThat(users.authenticate("b.analyst", "correct horse battery".toCharArray()))
                .isEmpty();
        assertThat(tokens.authenticate(issued.secret())).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> users.disable("nobody"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> tokens.create("b.analyst", Duration.ofDays(30)))
                .withMessageContaining("disabled");
    }

    @Test
    void aTokenWorksUntilItExpiresOrIsRevokedAndOnlyItsDigestIsStored() {
        analyst();
        ApiToken.Issued first = tokens.create("b.analyst", Duration.ofDays(2));
        ApiToken.Issued second = tokens.create("b.analyst", Duration.ofDays(30));

        assertThat(first.secret()).startsWith("fct_").hasSizeGreaterThan(40);
        assertThat(tokens.authenticate(first.secret()))
                .hasValueSatisfying(user -> assertThat(user.username()).isEqualTo("b.analyst"));
        assertThat(jdbc.queryForList("SELECT digest FROM api_token", String.class))
                .doesNotContain(first.secret(), second.secret());
        assertThat(tokens.authenticate("fct_not-a-token")).isEmpty();
        assertThat(tokens.authenticate(second.secret() + "x")).isEmpty();

        clock.advance(Duration.ofDays(3));
        assertThat(tokens.authenticate(first.secret())).isEmpty(); // expired
        assertThat(tokens.authenticate(second.secret())).isPresent();

        ApiToken revoked = tokens.revoke(second.token().id());
        assertThat(revoked.revokedAt()).isNotNull();
        // account changes are audited, secrets never
        assertThat(audit.entries(org.fusioncentre.access.AuditQuery.all(100)))
                .extracting(entry -> entry.record().action())
                .containsExactly("user.add", "token.create", "token.create", "token.revoke");
        assertThat(audit.entries(org.fusioncentre.access.AuditQuery.all(100)))
                .allSatisfy(entry -> assertThat(String.valueOf(entry.record().after()))
                        .doesNotContain(first.secret(), second.secret(), "correct horse"));
        assertThat(audit.verify().intact()).isTrue();
        assertThat(tokens.authenticate(second.secret())).isEmpty();
        assertThat(tokens.list("b.analyst")).hasSize(2);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> tokens.create("b.analyst", Duration.ofDays(400)))
                .withMessageContaining("a year");
    }
}
