package org.fusioncentre.extraction.structured;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.fusioncentre.extraction.ClaimStatus;
import org.fusioncentre.extraction.DatePrecision;
import org.fusioncentre.extraction.EventType;
import org.fusioncentre.extraction.Observation;
import org.fusioncentre.extraction.Qualifier;
import org.fusioncentre.extraction.Target;
import org.fusioncentre.extraction.text.Organisations;
import org.fusioncentre.geo.GeoPrecision;
import org.fusioncentre.geo.gazetteer.Gazetteer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class StructuredIncidentsTest {
    private static final StructuredIncidents INCIDENTS =
            new StructuredIncidents(Gazetteer.fromClasspath(), Organisations.fromClasspath());
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static Observation read(String json) {
        return INCIDENTS.read(JSON.readTree(json));
    }

    @Test
    void readsTheObservationShapeItself() {
        Observation observation = read("""
                {"event_type": "SUICIDE_ATTACK", "date": "2024-11-09",
                 "location": {"district_pcode": "PK226", "place": "railway station"},
                 "killed": {"value": 27, "qualifier": "AT_LEAST"}, "injured": 51,
                 "targets": ["CIVILIANS", "SECURITY_FORCES"],
                 "perpetrator": {"code": "BLA", "status": "CLAIMED"}}""");

        assertThat(observation.eventType()).isEqualTo(EventType.SUICIDE_ATTACK);
        assertThat(observation.date()).isEqualTo(LocalDate.of(2024, 11, 9));
        assertThat(observation.location().districtPcode()).isEqualTo("PK226");
        assertThat(observation.location().provincePcode()).isEqualTo("PK2");
        assertThat(observation.location().place()).isEqualTo("railway station");
        assertThat(observation.location().precision()).isEqualTo(GeoPrecision.DISTRICT);
        assertThat(observation.killed()).isEqualTo(new Observation.Count(27, Qualifier.AT_LEAST));
        assertThat(observation.injured()).isEqualTo(new Observation.Count(51, Qualifier.EXACT));
        assertThat(observation.targets()).containsExactly(Target.SECURITY_FORCES, Target.CIVILIANS);
        assertThat(observation.perpetrator()).isEqualTo(new Observation.Perpetrator("BLA", ClaimStatus.CLAIMED));
        assertThat(observation.extractorVersion()).isEqualTo(StructuredIncidents.VERSION);
    }

    @Test
    void readsTheFlatColumnsOfAnIncidentTable() {
        Observation observation = read("""
                {"sub_event_type": "Remote explosive/landmine/IED", "event_date": "2023-05-02",
                 "admin2": "Kech", "admin1": "Balochistan", "fatalities": "2",
                 "perpetrator": "BLF: Baloch Liberation Front"}""");

        assertThat(observation.eventType()).isEqualTo(EventType.BOMBING);
        assertThat(observation.location().districtPcode()).isEqualTo("PK211");
        assertThat(observation.killed().value()).isEqualTo(2);
        assertThat(observation.perpetrator().code()).isEqualTo("BLF");
    }

    @Test
    void placesCoordinatesByTheBoundaries() {
        Observation observation =
                read("{\"event_type\": \"air strike\", \"date\": \"2012-06-04\", \"lat\": 33.0, \"lon\": 70.07}");

        assertThat(observation.eventType()).isEqualTo(EventType.AIR_STRIKE);
        assertThat(observation.location().precision()).isEqualTo(GeoPrecision.POINT);
        assertThat(observation.location().provincePcode()).isEqualTo("PK5");
    }

    @Test
    void aDateRangeWithoutADayIsAWeekOrAMonth() {
        Observation observation =
                read("{\"event_type\": \"BOMBING\", \"date_from\": \"2024-03-01\", \"date_to\": \"2024-03-31\"}");

        assertThat(observation.date()).isNull();
        assertThat(observation.datePrecision()).isEqualTo(DatePrecision.MONTH);
        assertThat(observation.location()).isNull();
    }

    @Test
    void refusesWhatItCannotReadNamingTheField() {
        assertThatThrownBy(() -> read("{\"date\": \"2024-01-01\"}")).hasMessageContaining("event_type");
        assertThatThrownBy(() -> read("{\"event_type\": \"BOMBING\"}")).hasMessageContaining("no date");
        assertThatThrownBy(() -> read("{\"event_type\": \"BOMBING\", \"date\": \"01/02/2024\"}"))
                .hasMessageContaining("not a date");
        assertThatThrownBy(() -> read("{\"event_type\": \"BOMBING\", \"date\": \"2024-01-01\", \"killed\": -3}"))
                .hasMessageContaining("negative");
        assertThatThrownBy(() ->
                        read("{\"event_type\": \"BOMBING\", \"date\": \"2024-01-01\", \"district_pcode\": \"PK999\"}"))
                .hasMessageContaining("PK999");
        assertThatThrownBy(() ->
                        read("{\"event_type\": \"BOMBING\", \"date\": \"2024-01-01\", \"lat\": 51.5, \"lon\": -0.1}"))
                .hasMessageContaining("outside");
    }
}
