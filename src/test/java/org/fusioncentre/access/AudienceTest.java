package org.fusioncentre.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The marking table of DESIGN §7, row by row. */
class AudienceTest {
    private static Audience user(String jurisdiction, String organisation, Role role, String name) {
        return Audience.of(new User(
                UUID.randomUUID(),
                name,
                Set.of(role),
                Jurisdiction.parse(jurisdiction),
                organisation.isEmpty() ? null : organisation,
                false,
                Instant.EPOCH));
    }

    /**
     * A record about Quetta (PK226) from the CTD Balochistan, shared (when RED) with quetta.member
     * and the organisation "District Administration Quetta".
     */
    private static RecordAccess record(Marking marking, boolean located) {
        return new RecordAccess(
                marking,
                located ? Set.of("PK226") : Set.of(),
                "CTD Balochistan",
                Set.of("quetta.member", "District Administration Quetta"));
    }

    @ParameterizedTest(name = "{0} by {1}/{2}/{3} ({4}), located {5}: {6}")
    @CsvSource({
        // marking, jurisdiction, organisation, role, name, located, visible
        "CLEAR,        PK528, '',                             VIEWER,  someone,       true,  true",
        "GREEN,        PK528, '',                             VIEWER,  someone,       true,  true",
        "AMBER,        PK528, '',                             ANALYST, someone,       true,  false",
        "AMBER,        PK2,   '',                             VIEWER,  someone,       true,  true",
        "AMBER,        PK226, '',                             VIEWER,  someone,       true,  true",
        "AMBER,        PK227, '',                             VIEWER,  someone,       true,  false",
        "AMBER,        PK,    '',                             VIEWER,  someone,       true,  true",
        "AMBER,        PK,    '',                             VIEWER,  someone,       false, true",
        "AMBER,        PK2,   '',                             ANALYST, someone,       false, false",
        "AMBER,        PK528, CTD Balochistan,                VIEWER,  someone,       true,  true",
        "AMBER,        PK528, ctd balochistan ,               VIEWER,  someone,       false, true",
        "AMBER+STRICT, PK226, '',                             ANALYST, someone,       true,  false",
        "AMBER+STRICT, PK,    '',                             VIEWER,  someone,       true,  false",
        "AMBER+STRICT, PK,    '',                             ANALYST, someone,       true,  true",
        "AMBER+STRICT, PK528, CTD Balochistan,                VIEWER,  someone,       true,  true",
        "RED,          PK,    '',                             ADMIN,   someone,       true,  false",
        "RED,          PK,    CTD Balochistan,                ANALYST, someone,       true,  false",
        "RED,          PK528, '',                             VIEWER,  Quetta.Member, true,  true",
        "RED,          PK528, District Administration Quetta, VIEWER,  someone,       true,  true",
    })
    void followsTheMarkingTable(
            String marking,
            String jurisdiction,
            String organisation,
            Role role,
            String name,
            boolean located,
            boolean visible) {
        Audience audience = user(jurisdiction, organisation, role, name);
        assertThat(audience.maySee(record(Marking.parse(marking), located))).isEqualTo(visible);
    }

    @ParameterizedTest
    @CsvSource({"CLEAR", "GREEN", "AMBER", "AMBER+STRICT", "RED"})
    void theOperatorSeesEverythingAndThePublicOnlyClear(String marking) {
        RecordAccess record = record(Marking.parse(marking), true);
        assertThat(Audience.operator("cli:root").maySee(record)).isTrue();
        assertThat(Audience.publicExport().maySee(record)).isEqualTo(record.marking() == Marking.CLEAR);
    }

    @ParameterizedTest
    @CsvSource({"PK, PK528, true", "PK2, PK226, true", "PK2, PK2, true", "PK226, PK2, false", "PK2, PK528, false"})
    void actsOnlyWithinTheJurisdiction(String jurisdiction, String unit, boolean permitted) {
        assertThat(user(jurisdiction, "", Role.ANALYST, "a").mayActOn(unit)).isEqualTo(permitted);
        assertThat(Audience.publicExport().mayActOn(unit)).isFalse();
    }
}
