package org.fusioncentre.fusion.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fusioncentre.fusion.scoring.Observations.at;
import static org.fusioncentre.fusion.scoring.Observations.candidate;
import static org.fusioncentre.fusion.scoring.Observations.inTehsil;
import static org.fusioncentre.fusion.scoring.Observations.militantsKilled;
import static org.fusioncentre.fusion.scoring.Observations.saying;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.fusioncentre.extraction.EventType;
import org.junit.jupiter.api.Test;

class ClustersTest {
    private static final Clusters CLUSTERS = new Clusters(new PairScorer());

    /**
     * One district, one week: a roadside bomb in Bannu reported four times with a rising toll, a
     * separate checkpost attack the same night, a targeted killing two days later, and a round-up
     * that names two of them.
     */
    private static List<Candidate> week() {
        return List.of(
                candidate(
                        "o01",
                        "r1",
                        "Police",
                        "2026-05-04T09:00:00Z",
                        EventType.BOMBING,
                        "2026-05-04",
                        "PK503",
                        "Domel",
                        3L,
                        "TTP"),
                candidate(
                        "o02",
                        "r2",
                        "Dawn",
                        "2026-05-04T15:00:00Z",
                        EventType.BOMBING,
                        "2026-05-04",
                        "PK503",
                        "Domel",
                        5L,
                        "TTP"),
                candidate(
                        "o03",
                        "r3",
                        "Wire",
                        "2026-05-05T03:00:00Z",
                        EventType.BOMBING,
                        "2026-05-04",
                        "PK503",
                        null,
                        7L,
                        null),
                candidate(
                        "o04",
                        "r4",
                        "Local",
                        "2026-05-06T05:00:00Z",
                        EventType.BOMBING,
                        "2026-05-04",
                        "PK503",
                        "Domel",
                        7L,
                        "TTP"),
                candidate(
                        "o05",
                        "r5",
                        "Police",
                        "2026-05-05T02:00:00Z",
                        EventType.ARMED_ASSAULT,
                        "2026-05-04",
                        "PK503",
                        "Kakki",
                        null,
                        null),
                candidate(
                        "o06",
                        "r6",
                        "Dawn",
                        "2026-05-05T06:00:00Z",
                        EventType.ARMED_ASSAULT,
                        "2026-05-04",
                        "PK503",
                        "Kakki",
                        0L,
                        null),
                candidate(
                        "o07",
                        "r7",
                        "Local",
                        "2026-05-06T10:00:00Z",
                        EventType.TARGETED_KILLING,
                        "2026-05-06",
                        "PK503",
                        "Mandan",
                        1L,
                        null),
                candidate(
                        "o08",
                        "r8",
                        "Dawn",
                        "2026-05-07T04:00:00Z",
                        EventType.TARGETED_KILLING,
                        "2026-05-06",
                        "PK503",
                        "Mandan",
                        1L,
                        null),
                candidate(
                        "o09",
                        "r9",
                        "Roundup",
                        "2026-05-05T08:00:00Z",
                        EventType.BOMBING,
                        "2026-05-04",
                        "PK503",
                        "Domel",
                        5L,
                        null),
                candidate(
                        "o10",
                        "r9",
                        "Roundup",
                        "2026-05-05T08:00:00Z",
                        EventType.ARMED_ASSAULT,
                        "2026-05-04",
                        "PK503",
                        "Kakki",
                        null,
                        null));
    }

    private static Set<String> partition(List<List<Candidate>> clusters) {
        Set<String> groups = new TreeSet<>();
        for (List<Candidate> cluster : clusters) {
            groups.add(cluster.stream().map(Candidate::observationId).sorted().collect(Collectors.joining(",")));
        }
        return groups;
    }

    @Test
    void separatesTheIncidentsOfABusyWeek() {
        assertThat(partition(CLUSTERS.of(week())))
                .containsExactlyInAnyOrder("o01,o02,o03,o04,o09", "o05,o06,o10", "o07,o08");
    }

    /**
     * Recollections ("Last week, a roadside bomb ...") of every incident of the busy week, each in
     * a report of its own: each joins the incident it recalls, one that fits none stands alone,
     * and the reported incidents are what they were without them.
     */
    @Test
    void recalledObservationsJoinTheIncidentTheyRecallAndNeverReshapeTheOthers() {
        List<Candidate> block = new ArrayList<>(week());
        for (Candidate reported : week()) {
            block.add(Observations.recalled(candidate(
                    "z-" + reported.observationId(),
                    "feature-" + reported.observationId(),
                    "Feature",
                    "2026-05-20T09:00:00Z",
                    reported.observation().eventType(),
                    reported.observation().dateFrom().toString(),
                    "PK503",
                    null,
                    null,
                    null)));
        }
        Candidate elsewhere = Observations.recalled(candidate(
                "z-old",
                "feature-old",
                "Feature",
                "2026-05-20T09:00:00Z",
                EventType.KIDNAPPING,
                "2026-04-02",
                "PK503",
                null,
                null,
                null));
        block.add(elsewhere);

        List<List<Candidate>> clusters = CLUSTERS.of(block);
        List<List<Candidate>> reportedOnly = clusters.stream()
                .map(cluster -> cluster.stream()
                        .filter(candidate -> !candidate.observation().recalled())
                        .toList())
                .filter(cluster -> !cluster.isEmpty())
                .toList();

        assertThat(partition(reportedOnly)).isEqualTo(partition(CLUSTERS.of(week())));
        assertThat(ids(clusters)).contains(Set.of("z-old"));
        long joined = clusters.stream()
                .filter(cluster ->
                        cluster.stream().anyMatch(c -> !c.observation().recalled()))
                .flatMap(List::stream)
                .filter(candidate -> candidate.observation().recalled())
                .count();
        assertThat(joined).isPositive();
    }

    /**
     * A feature recalls "the bombing in Kakki" with the afternoon time of another incident: had
     * it been clustered with the reports, it would have paired with the daily's report (they share
     * their words) and its clash of times with the police report would have split the incident.
     */
    @Test
    void aRecollectionThatClashesWithAnIncidentCannotSplitIt() {
        Candidate police = at(
                candidate(
                        "p",
                        "r-p",
                        "Police",
                        "2026-05-04T06:00:00Z",
                        EventType.BOMBING,
                        "2026-05-04",
                        "PK503",
                        "Kakki",
                        2L,
                        null),
                "09:00");
        Candidate daily = saying(
                candidate(
                        "d",
                        "r-d",
                        "Daily",
                        "2026-05-05T02:00:00Z",
                        EventType.BOMBING,
                        "2026-05-04",
                        "PK503",
                        "Kakki",
                        2L,
                        null),
                "handcart vegetable market sabzal labourers");
        Candidate feature = Observations.recalled(at(
                saying(
                        candidate(
                                "f",
                                "r-f",
                                "Feature",
                                "2026-05-20T09:00:00Z",
                                EventType.BOMBING,
                                "2026-05-04",
                                "PK503",
                                "Kakki",
                                2L,
                                null),
                        "handcart vegetable market sabzal labourers"),
                "15:00"));

        assertThat(ids(CLUSTERS.of(List.of(police, daily, feature))))
                .containsExactlyInAnyOrder(Set.of("p", "d"), Set.of("f"));
    }

    @Test
    void neverPutsTwoObservationsOfOneReportInOneIncident() {
        for (List<Candidate> cluster : CLUSTERS.of(week())) {
            assertThat(cluster.stream().map(Candidate::reportId).distinct().count())
                    .isEqualTo(cluster.size());
        }
    }

    /**
     * Two kidnappings in one town on one day, each told by a police flash report with its clock
     * time and by two later reports that give neither time nor anything else to tell them apart.
     * Every pair but the two flash reports agrees, so average linkage alone would join the two;
     * the clash of clock times keeps them apart.
     */
    @Test
    void clockTimesHoursApartKeepTwoIncidentsApartHoweverMuchElseAgrees() {
        List<Candidate> day = new ArrayList<>();
        for (String incident : List.of("a", "b")) {
            for (int report = 1; report <= 3; report++) {
                Candidate candidate = candidate(
                        incident + report,
                        "r-" + incident + report,
                        "Source " + report,
                        "2026-01-23T20:00:00Z",
                        EventType.KIDNAPPING,
                        "2026-01-23",
                        "PK519",
                        "Lakki Marwat",
                        0L,
                        "TTP");
                day.add(report == 1 ? at(candidate, incident.equals("a") ? "11:49" : "19:58") : candidate);
            }
        }

        List<List<Candidate>> incidents = CLUSTERS.of(day);

        assertThat(incidents)
                .allSatisfy(cluster -> assertThat(cluster.stream()
                                .filter(candidate -> candidate.observation().time() != null)
                                .count())
                        .isLessThanOrEqualTo(1));
        assertThat(incidents).hasSizeBetween(2, 4);
    }

    /**
     * A wire item the next morning about "yesterday's abduction in Bannu" (no place, no time) on a
     * day with two abductions in the district fits both alike: it joins neither and the two near
     * misses go to review. On a day with one abduction it joins that one.
     */
    @Test
    void aVagueReportThatFitsTwoIncidentsAlikeJoinsNeither() {
        List<Candidate> kakki = List.of(
                at(
                        candidate(
                                "k1",
                                "r-k1",
                                "Police",
                                "2026-02-08T05:22:00Z",
                                EventType.KIDNAPPING,
                                "2026-02-08",
                                "PK503",
                                "Kakki",
                                0L,
                                null),
                        "09:22"),
                candidate(
                        "k2",
                        "r-k2",
                        "Daily",
                        "2026-02-08T16:00:00Z",
                        EventType.KIDNAPPING,
                        "2026-02-08",
                        "PK503",
                        "Kakki",
                        0L,
                        null));
        List<Candidate> domel = List.of(
                at(
                        candidate(
                                "d1",
                                "r-d1",
                                "Police",
                                "2026-02-08T09:06:00Z",
                                EventType.KIDNAPPING,
                                "2026-02-08",
                                "PK503",
                                "Domel",
                                0L,
                                null),
                        "14:06"),
                candidate(
                        "d2",
                        "r-d2",
                        "Daily",
                        "2026-02-08T16:30:00Z",
                        EventType.KIDNAPPING,
                        "2026-02-08",
                        "PK503",
                        "Domel",
                        0L,
                        null));
        Candidate wire = candidate(
                "w",
                "r-w",
                "Wire",
                "2026-02-09T03:30:00Z",
                EventType.KIDNAPPING,
                "2026-02-08",
                "PK503",
                null,
                0L,
                null);
        List<Candidate> twoAbductions = new ArrayList<>(kakki);
        twoAbductions.addAll(domel);
        twoAbductions.add(wire);
        List<Candidate> oneAbduction = new ArrayList<>(kakki);
        oneAbduction.add(wire);

        List<List<Candidate>> two = CLUSTERS.of(twoAbductions);
        List<List<Candidate>> one = CLUSTERS.of(oneAbduction);

        assertThat(ids(two)).containsExactlyInAnyOrder(Set.of("k1", "k2"), Set.of("d1", "d2"), Set.of("w"));
        int alone = ids(two).indexOf(Set.of("w"));
        assertThat(CLUSTERS.nearMisses(two))
                .filteredOn(miss -> miss.first() == alone || miss.second() == alone)
                .hasSize(2);
        assertThat(ids(one)).containsExactly(Set.of("k1", "k2", "w"));
    }

    private static List<Set<String>> ids(List<List<Candidate>> clusters) {
        return clusters.stream()
                .map(cluster -> cluster.stream().map(Candidate::observationId).collect(Collectors.toSet()))
                .toList();
    }

    /** One police press office logs one time for one incident; two offices' times may drift. */
    @Test
    void twoClockTimesAnHourApartAreTwoIncidentsFromOneSourceOnly() {
        Candidate morning = at(
                candidate(
                        "m",
                        "r-m",
                        "Police",
                        "2026-02-12T03:00:00Z",
                        EventType.BOMBING,
                        "2026-02-12",
                        "PK226",
                        "Quetta Saddar",
                        1L,
                        null),
                "06:34");
        Candidate later = at(
                candidate(
                        "l",
                        "r-l",
                        "Police",
                        "2026-02-12T05:00:00Z",
                        EventType.BOMBING,
                        "2026-02-12",
                        "PK226",
                        "Quetta Saddar",
                        2L,
                        null),
                "07:41");
        Candidate press = at(
                candidate(
                        "p",
                        "r-p",
                        "Daily",
                        "2026-02-12T16:00:00Z",
                        EventType.BOMBING,
                        "2026-02-12",
                        "PK226",
                        "Quetta Saddar",
                        2L,
                        null),
                "07:41");
        PairScorer scorer = new PairScorer();

        assertThat(scorer.score(morning, later)).isEqualTo(PairScorer.CONTRADICTED);
        assertThat(scorer.score(morning, press)).isBetween(0.0, 1.0);
    }

    /** One source puts one incident in one place; two sources may name two nearby tehsils. */
    @Test
    void twoTehsilsAreTwoIncidentsFromOneSourceOnly() {
        Candidate dasht = inTehsil(
                candidate(
                        "d",
                        "r-d",
                        "Police",
                        "2026-01-16T10:00:00Z",
                        EventType.SUICIDE_ATTACK,
                        "2026-01-16",
                        "PK211",
                        null,
                        19L,
                        null),
                "PK21102");
        Candidate turbat = inTehsil(
                candidate(
                        "t",
                        "r-t",
                        "Police",
                        "2026-01-16T10:05:00Z",
                        EventType.SUICIDE_ATTACK,
                        "2026-01-16",
                        "PK211",
                        null,
                        18L,
                        null),
                "PK21104");
        Candidate press = inTehsil(
                candidate(
                        "p",
                        "r-p",
                        "Daily",
                        "2026-01-16T16:00:00Z",
                        EventType.SUICIDE_ATTACK,
                        "2026-01-16",
                        "PK211",
                        null,
                        18L,
                        null),
                "PK21104");
        PairScorer scorer = new PairScorer();

        assertThat(scorer.score(dasht, turbat)).isEqualTo(PairScorer.CONTRADICTED);
        assertThat(scorer.score(dasht, press)).isBetween(0.0, 1.0);
    }

    /**
     * A wire service's two morning items about yesterday's blasts, sent at one moment with two
     * tolls, are two blasts; two sources at one moment, or one source hours later, may differ.
     */
    @Test
    void oneSourceGivesOneTollForOneIncidentAtOneMoment() {
        Candidate three = candidate(
                "a", "r-a", "Wire", "2026-01-02T03:30:00Z", EventType.BOMBING, "2026-01-01", "PK519", null, 3L, null);
        Candidate six = candidate(
                "b", "r-b", "Wire", "2026-01-02T03:30:00Z", EventType.BOMBING, "2026-01-01", "PK519", null, 6L, null);
        Candidate otherSource = candidate(
                "c", "r-c", "Daily", "2026-01-02T03:30:00Z", EventType.BOMBING, "2026-01-01", "PK519", null, 6L, null);
        Candidate update = candidate(
                "d", "r-d", "Wire", "2026-01-02T09:30:00Z", EventType.BOMBING, "2026-01-01", "PK519", null, 6L, null);
        PairScorer scorer = new PairScorer();

        assertThat(scorer.score(three, six)).isEqualTo(PairScorer.CONTRADICTED);
        assertThat(scorer.score(three, otherSource)).isBetween(0.0, 1.0);
        assertThat(scorer.score(three, update)).isBetween(0.0, 1.0);
    }

    /** A Panjgur abduction in which no one was hurt, as one source told it at one moment. */
    private static Candidate abduction(String id, String source, String published, String date) {
        return candidate(id, "r-" + id, source, published, EventType.KIDNAPPING, date, "PK224", null, 0L, null);
    }

    /** The police's report, published at 01:08 the next day, of an abduction at 22:08. */
    private static final Candidate POLICE_AT_2208 =
            at(abduction("p", "Police", "2026-03-08T20:08:00Z", "2026-03-08"), "22:08");

    /**
     * A newspaper's 21:00 item cannot be about an abduction the police timed at 22:08 that day;
     * an item published at 22:30, or one stamped with its date only, can.
     */
    @Test
    void aReportPublishedBeforeAnIncidentHappenedIsNotAboutIt() {
        Candidate evening = abduction("e", "Daily", "2026-03-08T16:00:00Z", "2026-03-08");
        Candidate late = abduction("l", "Daily", "2026-03-08T17:30:00Z", "2026-03-08");
        Candidate dateOnly = abduction("d", "Weekly", "2026-03-07T19:00:00Z", "2026-03-08"); // local midnight
        PairScorer scorer = new PairScorer();

        assertThat(scorer.score(evening, POLICE_AT_2208)).isEqualTo(PairScorer.CONTRADICTED);
        assertThat(scorer.score(POLICE_AT_2208, evening)).isEqualTo(PairScorer.CONTRADICTED);
        assertThat(scorer.score(late, POLICE_AT_2208)).isBetween(0.0, 1.0);
        assertThat(scorer.score(dateOnly, POLICE_AT_2208)).isBetween(0.0, 1.0);
    }

    /**
     * Only a report that dates the incident to the same day is held to the clock: one that reads
     * another day (a day misread) disagrees by weight, and a feed's date-only stamp (midnight UTC)
     * says nothing of the hour.
     */
    @Test
    void publishedBeforeTheIncidentCountsOnlyForTheSameDayAndARealTime() {
        Candidate otherDay = abduction("o", "Daily", "2026-03-08T16:00:00Z", "2026-03-07");
        Candidate feed = abduction("f", "Feed", "2026-03-08T00:00:00Z", "2026-03-08");
        PairScorer scorer = new PairScorer();

        assertThat(scorer.score(otherDay, POLICE_AT_2208)).isBetween(0.0, 1.0);
        assertThat(scorer.score(feed, POLICE_AT_2208)).isBetween(0.0, 1.0);
    }

    /** ISPR's five khawarij and the residents' five militants are one operation's count. */
    @Test
    void theSameCountOfMilitantsKilledIsEvidenceOfOneOperation() {
        Candidate ispr = candidate(
                "i",
                "r-i",
                "ISPR",
                "2026-09-24T12:00:00Z",
                EventType.SECURITY_OPERATION,
                "2026-09-24",
                "PK530",
                null,
                1L,
                null);
        Candidate residents = candidate(
                "t",
                "r-t",
                "Monitor",
                "2026-09-25T05:00:00Z",
                EventType.SECURITY_OPERATION,
                "2026-09-24",
                "PK530",
                null,
                null,
                null);
        PairScorer scorer = new PairScorer();

        double withoutCounts = scorer.score(ispr, residents);
        double sameCount = scorer.score(militantsKilled(ispr, 5), militantsKilled(residents, 5));
        double otherCount = scorer.score(militantsKilled(ispr, 5), militantsKilled(residents, 2));

        assertThat(sameCount).isGreaterThan(withoutCounts);
        assertThat(otherCount).isEqualTo(withoutCounts);
    }

    /**
     * Two bombings in Quetta on one day, each told by three outlets that give no place the
     * gazetteer knows, no time and no toll: by their fields the six reports are one incident. Their
     * words are not: one tells of a vegetable market on Sariab Road, the other of a convoy on the
     * bypass.
     */
    @Test
    void twoIncidentsOfOneDistrictAndDayAreToldApartByTheDetailsTheirReportsShare() {
        List<Candidate> day = new ArrayList<>();
        Map<String, String> details = Map.of(
                "market", "vegetable market sariab road vendor stall cart",
                "convoy", "convoy frontier corp vehicle bypass hazarganji checkpoint");
        details.forEach((incident, words) -> {
            for (int report = 1; report <= 3; report++) {
                Candidate candidate = candidate(
                        incident + report,
                        "r-" + incident + report,
                        "Outlet " + report,
                        "2026-04-09T12:00:00Z",
                        EventType.BOMBING,
                        "2026-04-09",
                        "PK226",
                        null,
                        null,
                        null);
                // each outlet tells it in its own words around the details
                day.add(saying(candidate, words + " " + incident + "wording" + report));
            }
        });
        List<Candidate> wordless =
                day.stream().map(candidate -> saying(candidate, "x")).toList();

        assertThat(partition(CLUSTERS.of(wordless))).hasSize(1);
        assertThat(partition(CLUSTERS.of(day)))
                .containsExactlyInAnyOrder("convoy1,convoy2,convoy3", "market1,market2,market3");
    }

    /** A flash report of a line says too little to tell anything by; two long passages with nothing in common do. */
    @Test
    void textSaysNothingForAFewWordsAndAgainstTwoPassagesWithNothingInCommon() {
        Candidate first = candidate(
                "a", "r-a", "Wire", "2026-04-09T12:00:00Z", EventType.BOMBING, "2026-04-09", "PK226", null, 2L, null);
        Candidate second = candidate(
                "b", "r-b", "Daily", "2026-04-09T14:00:00Z", EventType.BOMBING, "2026-04-09", "PK226", null, 2L, null);
        PairScorer scorer = new PairScorer();
        double silent = scorer.score(first, second);

        assertThat(scorer.score(saying(first, "vegetable market"), saying(second, "convoy bypass")))
                .isEqualTo(silent);
        assertThat(scorer.score(
                        saying(first, "vegetable market sariab road vendor stall cart morning"),
                        saying(second, "convoy frontier corp vehicle bypass hazarganji checkpoint patrol")))
                .isLessThan(silent);
        assertThat(scorer.score(
                        saying(first, "vegetable market sariab road vendor stall cart morning"),
                        saying(second, "vegetable market sariab road shop owner")))
                .isGreaterThan(silent);
    }

    /** Two reports published at one moment: neither toll came later, whichever is named first. */
    @Test
    void aPairScoresTheSameWhicheverObservationComesFirst() {
        Candidate three = candidate(
                "b",
                "r-b",
                "Courier",
                "2026-11-27T13:00:00Z",
                EventType.BOMBING,
                "2026-11-27",
                "PK226",
                null,
                3L,
                null);
        Candidate five = candidate(
                "a", "r-a", "CTD", "2026-11-27T13:00:00Z", EventType.BOMBING, "2026-11-27", "PK226", null, 5L, null);
        PairScorer scorer = new PairScorer();

        assertThat(scorer.score(three, five)).isEqualTo(scorer.score(five, three));
        for (Candidate first : week()) {
            for (Candidate second : week()) {
                assertThat(scorer.score(first, second)).isEqualTo(scorer.score(second, first));
            }
        }
    }

    @Property(tries = 50)
    void theIncidentsDoNotDependOnTheOrderObservationsArriveIn(@ForAll long seed) {
        List<Candidate> shuffled = new ArrayList<>(week());
        Collections.shuffle(shuffled, new Random(seed));

        assertThat(partition(CLUSTERS.of(shuffled))).isEqualTo(partition(CLUSTERS.of(week())));
    }
}
