package org.fusioncentre.extraction.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.fusioncentre.extraction.ClaimStatus;
import org.fusioncentre.extraction.EventType;
import org.fusioncentre.extraction.Observation;
import org.fusioncentre.extraction.TimeOfDay;
import org.fusioncentre.geo.gazetteer.Gazetteer;
import org.junit.jupiter.api.Test;

/** Behaviours of the extractor named one by one; the evaluation sets measure it as a whole. */
class ExtractorTest {
    private static final Extractor EXTRACTOR = Extractor.withDefaults(Gazetteer.fromClasspath());
    private static final LocalDateTime EVENING = LocalDateTime.of(2026, 8, 4, 20, 0);

    private static Observation only(String title, String body) {
        List<Observation> observations = EXTRACTOR.extract(title, body, EVENING);
        assertThat(observations).hasSize(1);
        return observations.getFirst();
    }

    @Test
    void theTownsTheWoundedAreTakenToAreNotWhereItHappened() {
        Observation observation = only(
                "Convoy attack",
                "11 people were martyred and 16 injured in the attack on a passenger convoy at Bagan, Lower Kurram."
                        + " The injured have been shifted to hospitals in Thall and Peshawar by helicopter.");

        assertThat(observation.location()).isNotNull();
        assertThat(observation.location().districtPcode()).isEqualTo("PK518"); // Kurram, not Peshawar
    }

    @Test
    void theTownTravellersReachedAfterwardsIsNotWhereItHappened() {
        Observation observation = only(
                "Passengers kidnapped",
                "QUETTA: Passengers who reached Quetta this morning said gunmen had kidnapped nine men from their"
                        + " coaches near Kirdgap.");

        assertThat(observation.location().districtPcode()).isEqualTo("PK220"); // Mastung, not Quetta
    }

    @Test
    void theStationATrainWasHeldAtIsNotWhereItHappened() {
        Observation observation = only(
                "Train services suspended",
                "Pakistan Railways regrets to inform passengers that the Jaffar Express has been held at Sibi after a"
                        + " section of the railway track near Mach was damaged in an explosion in the early hours of"
                        + " today.");

        assertThat(observation.location().districtPcode()).isEqualTo("PK209"); // Kachhi (Mach), not Sibi
    }

    /** "This morning" is the day of writing's; the operation was yesterday. */
    @Test
    void thisMorningIsTheIncidentsTimeOnlyWhenItHappenedThatDay() {
        Observation observation = only(
                "Curfew lifted",
                "DATA KHEL: The curfew imposed in parts of Data Khel during yesterday's operation was lifted this"
                        + " morning and markets reopened. Residents said heavy firing continued for several hours."
                        + " Officials said nine militants had been killed.");

        assertThat(observation.date()).isEqualTo(EVENING.toLocalDate().minusDays(1));
        assertThat(observation.time()).isNull();
        assertThat(observation.eventType()).isEqualTo(EventType.SECURITY_OPERATION);
    }

    @Test
    void whenABombWasPlantedIsNotWhenItWentOff() {
        Observation observation = only(
                "Funeral of policemen",
                "BANNU: Funeral prayers of the three policemen martyred in Monday's roadside bombing in Domel were"
                        + " offered at Police Lines Bannu. The RPO said the IED had been planted overnight.");

        assertThat(observation.time()).isNull();
    }

    /** The day travellers arrived, or repairs began, is not the incident's day. */
    @Test
    void theDayOfTheAftermathIsNotTheIncidentsDay() {
        Observation abduction = only(
                "Passengers' account",
                "QUETTA: Passengers who reached Quetta early this morning said nine men had been taken off their"
                        + " coaches when gunmen stopped vehicles near Kirdgap on Monday evening. Relatives of the"
                        + " abducted gathered outside the press club.");
        Observation pipeline = only(
                "Repairs begin",
                "QUETTA: Repair work began on Tuesday on the gas pipeline blown up near Sui on Monday, the gas"
                        + " company said. Gas supply to several towns remained suspended.");

        assertThat(abduction.date()).isEqualTo(LocalDate.of(2026, 8, 3));
        assertThat(pipeline.date()).isEqualTo(LocalDate.of(2026, 8, 3));
    }

    /** A protest report names the killing it protests: that incident, on its own day. */
    @Test
    void anIncidentNamedInPassingByItsDayIsTheReportsIncident() {
        Observation observation = only(
                "Road blocked",
                "LAKKI: Residents of Bettani blocked the main road for several hours on Tuesday to protest against"
                        + " Monday's killing of a local peace committee member.");

        assertThat(observation.eventType()).isEqualTo(EventType.TARGETED_KILLING);
        assertThat(observation.date()).isEqualTo(LocalDate.of(2026, 8, 3)); // Monday, not Tuesday
        assertThat(observation.location().districtPcode()).isEqualTo("PK519");
    }

    /** "The ISPR said on Tuesday", "attended the funeral prayers on Tuesday": the day it was told, not the day it happened. */
    @Test
    void theDayItWasToldOrMournedIsNotTheIncidentsDayWhenAnotherIsGiven() {
        assertThat(only(
                                "Six terrorists killed",
                                "Security forces killed six terrorists in an intelligence-based operation in North"
                                        + " Waziristan district, the ISPR said on Tuesday. The operation was conducted"
                                        + " on Monday in the Hassu Khel area.")
                        .date())
                .isEqualTo(LocalDate.of(2026, 8, 3));
        assertThat(only(
                                "Funeral of slain imam",
                                "Hundreds attended the funeral prayers on Tuesday of the prayer leader who was shot"
                                        + " dead in Hayatabad, Peshawar, on Sunday night.")
                        .date())
                .isEqualTo(LocalDate.of(2026, 8, 2));
        // told and nothing else: that day, or the day before
        Observation toldOnly = only(
                "Six terrorists killed",
                "Security forces killed six terrorists in North Waziristan, the ISPR said on Tuesday.");
        assertThat(toldOnly.dateFrom()).isBeforeOrEqualTo(LocalDate.of(2026, 8, 4));
        assertThat(toldOnly.dateTo()).isEqualTo(LocalDate.of(2026, 8, 4));
    }

    /** A condemnation that gives the attack's toll tells of that attack; one that gives none stays a statement. */
    @Test
    void aCondemnationThatGivesTheTollIsAReportOfTheAttack() {
        Observation observation = only(
                "CM condemns attack on BMP post",
                "LAHORE, Aug 4 (MNS): The Punjab Chief Minister condemned the attack on a Border Military Police"
                        + " post in the tribal area of Dera Ghazi Khan, in which one jawan was martyred, and directed"
                        + " that the security of checkposts be strengthened.");
        assertThat(observation.eventType()).isEqualTo(EventType.ARMED_ASSAULT);
        assertThat(observation.location().districtPcode()).isEqualTo("PK607");
        assertThat(observation.killed().value()).isEqualTo(1);

        // naming neither a victim nor a toll, it says no more than that there was an attack
        assertThat(EXTRACTOR.extract(
                        "CM condemns attack",
                        "The Chief Minister condemned the attack in Dera Ghazi Khan and directed that the security"
                                + " of checkposts be strengthened.",
                        EVENING))
                .isEmpty();
        assertThat(EXTRACTOR.extract(
                        "Senate condemns terrorism",
                        "The Senate unanimously condemned terrorism in all its forms and called for a national"
                                + " dialogue on security.",
                        EVENING))
                .isEmpty();
    }

    /**
     * An official's word on one attack that names its place and gives its toll, though later, is a
     * report of it; one that names the victims but no toll tells nothing of the attack that its
     * reports do not, and a spokesman's claim is a claim.
     */
    @Test
    void aStatementOnOneAttackThatGivesItsTollIsAReportOfIt() {
        Observation washuk = only(
                "Government spokesperson on Washuk attack",
                "A spokesperson for the Government of Balochistan said the cowardly attack on a Levies station in"
                        + " Washuk would not shake the determination of the forces. Two Levies personnel were"
                        + " martyred defending the station.");
        assertThat(washuk.location().districtPcode()).isEqualTo("PK230");
        assertThat(washuk.killed().value()).isEqualTo(2);
        assertThat(washuk.recalled()).isFalse();

        assertThat(EXTRACTOR.extract(
                        "Chief Minister condemns Kalat highway attack",
                        "The Chief Minister of Balochistan has condemned the killing of innocent passengers on the"
                                + " national highway in Kalat. He directed that patrolling be increased.",
                        EVENING))
                .isEmpty();

        Observation claim = only(
                "BLA claims Kech attack",
                "A BLA spokesman claimed responsibility for Monday's attack on an FC post in Kech in a statement"
                        + " sent to the media.");
        assertThat(claim.perpetrator().status()).isEqualTo(ClaimStatus.CLAIMED);
        assertThat(claim.recalled()).isFalse();
    }

    /** Weapons carried off from a stormed post are no abduction; towers blown up are an attack on the grid. */
    @Test
    void weaponsTakenAwayAreNoAbductionAndTowersBlownUpAreSabotage() {
        assertThat(only(
                                "Levies post attacked",
                                "At about 1900 hours armed men attacked the Levies thana in Basima, district Washuk,"
                                        + " martyred two personnel and took away weapons.")
                        .eventType())
                .isEqualTo(EventType.ARMED_ASSAULT);
        assertThat(only(
                                "Supply suspended",
                                "Two towers of the 220kV transmission line were blown up by miscreants near Dera"
                                        + " Murad Jamali at about 0215 hours.")
                        .eventType())
                .isEqualTo(EventType.INFRASTRUCTURE_ATTACK);
    }

    /** "DI KHAN, Feb 12 (WS):" is a dateline: its date is the wire's, not the blast's. */
    @Test
    void aDatelineOfInitialsAndADateIsNotTheIncidentsDate() {
        Observation observation = only(
                "Blast toll",
                "DI KHAN, Aug 4 (WS): 6 people were killed and 7 injured in yesterday's blast in Kulachi, DI Khan,"
                        + " police said.");

        assertThat(observation.date()).isEqualTo(LocalDate.of(2026, 8, 3));
        assertThat(only("Blast toll", "D.I. KHAN, Aug 4 (WS): 6 people were killed in yesterday's blast in Kulachi.")
                        .date())
                .isEqualTo(LocalDate.of(2026, 8, 3));
    }

    /** A report that names no place is placed by its dateline, read without its date and agency. */
    @Test
    void aDatelineWithADateAndAnAgencyPlacesAReportThatNamesNoPlace() {
        Observation observation = only(
                "Two policemen killed",
                "BANNU, Aug 4 (IW): Two policemen were killed and three wounded when militants attacked a police"
                        + " post late on Monday night, officials said.");

        assertThat(observation.location().districtPcode()).isEqualTo("PK503");
        assertThat(observation.location().precision()).isEqualTo(org.fusioncentre.geo.GeoPrecision.DISTRICT);
        assertThat(org.fusioncentre.extraction.ObservationBlock.coarseDistrict(observation))
                .isEqualTo("PK503");
    }

    /** "Began" dates the aftermath only when work, supply or traffic began, not the attack. */
    @Test
    void theDayAnAttackBeganIsTheIncidentsDay() {
        Observation observation = only(
                "Post attacked",
                "BANNU: Four policemen were martyred when militants attacked a police post in Domel. The attack"
                        + " began on Monday night and continued till Tuesday morning, police said.");

        assertThat(observation.date()).isEqualTo(LocalDate.of(2026, 8, 3));
    }

    /** "This morning" is the incident's time when it happened on the day of writing. */
    @Test
    void thisMorningIsTheTimeOfAnIncidentOfThatDay() {
        Observation observation = only(
                "Blast in Domel",
                "BANNU: Two policemen were martyred when a roadside bomb struck their van in Domel this morning.");

        assertThat(observation.date()).isEqualTo(EVENING.toLocalDate());
        assertThat(observation.time()).isEqualTo(new TimeOfDay(LocalTime.of(8, 30), 210));
    }

    @Test
    void aTehsilInTheBodyNarrowsTheDistrictInTheTitle() {
        Observation observation = only(
                "Suicide attack in Bajaur",
                "BAJAUR: 14 people were killed when a suicide bomber struck a convoy of security forces in the"
                        + " Nawagai area of Bajaur on Saturday, officials said.");

        assertThat(observation.location().tehsilPcode()).isEqualTo("PK50205");
    }

    @Test
    void keepsTheClockTimeOfThePoliceReport() {
        Observation observation = only(
                "Police mobile hit",
                "A police mobile van of Police Station Domel, district Bannu, was struck by an improvised explosive"
                        + " device at about 07:45 hours today. Two police personnel embraced shahadat.");

        assertThat(observation.time()).isEqualTo(new TimeOfDay(LocalTime.of(7, 45), 30));
    }

    @Test
    void aClaimOfResponsibilityForABombingIsAnIncidentWithItsClaimant() {
        Observation observation = only(
                "IS-K claims Bajaur bombing",
                "PESHAWAR: The Islamic State Khorasan Province (ISKP) has claimed responsibility for Monday's bombing"
                        + " in Bajaur that killed an assistant commissioner and a Levies guard.");

        assertThat(observation.eventType()).isEqualTo(EventType.BOMBING);
        assertThat(observation.location().districtPcode()).isEqualTo("PK502");
        assertThat(observation.perpetrator()).isEqualTo(new Observation.Perpetrator("ISKP", ClaimStatus.CLAIMED));
    }

    @Test
    void aClaimWithNoTollAndOnlyTheWordAttackIsStillAnIncident() {
        Observation observation = only(
                "TTP claims checkpost attack",
                "PESHAWAR: The banned TTP has claimed responsibility for Monday night's attack on a police checkpost"
                        + " in Bannu's Baka Khel area.");

        assertThat(observation.eventType()).isEqualTo(EventType.ARMED_ASSAULT);
        assertThat(observation.location().districtPcode()).isEqualTo("PK503");
        assertThat(observation.date()).isEqualTo(EVENING.toLocalDate().minusDays(1));
    }

    @Test
    void aClaimInAReportThatTellsTheIncidentAddsNoSecondIncident() {
        List<Observation> observations = EXTRACTOR.extract(
                "Toll rises to nine",
                "KHAR: Two more people wounded in Sunday's bombing at a political gathering in Khar, Bajaur,"
                        + " succumbed to their injuries, raising the death toll to nine.\n\nThe Islamic State"
                        + " Khorasan Province claimed responsibility on Monday, saying it had targeted the gathering.",
                EVENING);

        assertThat(observations).hasSize(1);
    }

    @Test
    void anOlderAttackRecalledInTheMiddleOfAnAccountIsNeitherItsTypeNorAnIncident() {
        List<Observation> observations = EXTRACTOR.extract(
                "Nine khawarij sent to hell",
                "On 3 August 2026, security forces conducted an intelligence-based operation in the general area of"
                        + " Datta Khel, North Waziristan District. During the operation nine khawarij were sent to hell."
                        + " The khawarij were involved in numerous terrorist activities, including the suicide attack"
                        + " on a convoy in Mir Ali on 27 July 2026.",
                EVENING);

        assertThat(observations).hasSize(1);
        assertThat(observations.getFirst().eventType()).isEqualTo(EventType.SECURITY_OPERATION);
    }

    @Test
    void aKillingNamedAsANounIsATargetedKilling() {
        Observation observation = only(
                "Killing toll",
                "QUETTA, Aug 4 (WS): Five people were killed and three injured in yesterday's killing in Panjpai,"
                        + " Quetta, police said.");

        assertThat(observation.eventType()).isEqualTo(EventType.TARGETED_KILLING);
        assertThat(observation.date()).isEqualTo(EVENING.toLocalDate().minusDays(1));
    }

    @Test
    void twoAttacksOfOneDayToldInOneParagraphAreTwoIncidents() {
        List<Observation> observations = EXTRACTOR.extract(
                "Two attacks on police in Bannu",
                "BANNU: Four policemen were martyred in two separate attacks in Bannu district on Monday. In the"
                        + " first, a roadside bomb hit a police van in the Domel area at around 8am, martyring two"
                        + " constables. Hours later, at around 10pm, militants attacked a police checkpost in Baka Khel"
                        + " with heavy weapons; two policemen were martyred.",
                EVENING);

        assertThat(observations)
                .extracting(Observation::eventType)
                .containsExactly(EventType.BOMBING, EventType.ARMED_ASSAULT);
        assertThat(observations)
                .extracting(observation -> observation.location().tehsilPcode())
                .doesNotHaveDuplicates();
    }

    @Test
    void anAccountOpeningWithAnotherDayMidParagraphIsAnotherIncident() {
        List<Observation> observations = EXTRACTOR.extract(
                "Two attacks on police in two days",
                "DERA ISMAIL KHAN: Militants targeted police twice in less than 48 hours. On Sunday morning, two"
                        + " constables guarding a polio team were shot dead in Kulachi. On Monday night, militants fired"
                        + " rockets at a police post in Daraban, martyring a constable and injuring two others.",
                EVENING);

        assertThat(observations)
                .extracting(Observation::date)
                .containsExactly(
                        EVENING.toLocalDate().minusDays(2),
                        EVENING.toLocalDate().minusDays(1));
    }

    @Test
    void anOfficerOfSeveralWordsIsOneVictim() {
        Observation observation = only(
                "ASI killed",
                "KARACHI: A police assistant sub-inspector was killed in a targeted attack in Orangi Town on"
                        + " Tuesday night.");

        assertThat(observation.killed()).isNotNull();
        assertThat(observation.killed().value()).isEqualTo(1);
        assertThat(observation.location().districtPcode()).isEqualTo("PK729");
    }
    /**
     * An older incident a report recalls for context is kept, marked as recalled, so that fusion
     * lists the report with that incident without counting it as a source of it.
     */
    @Test
    void olderIncidentsRecalledBesideTheNewsAreMarkedRecalled() {
        List<Observation> observations = EXTRACTOR.extract(
                "Rockets fired at Levies post in Awaran",
                "AWARAN: Unidentified men fired three rockets at a Levies post in Awaran district late on Monday"
                        + " night, officials said. Two Levies men were injured.\n\n"
                        + "Last month, two FC soldiers were martyred in a roadside bomb blast in the Mashkay area of"
                        + " the district.",
                EVENING);
        assertThat(observations).hasSize(2);
        assertThat(observations.get(0).recalled()).isFalse();
        assertThat(observations.get(0).dateFrom()).isEqualTo(LocalDate.of(2026, 8, 3));
        assertThat(observations.get(1).recalled()).isTrue();
        assertThat(observations.get(1).eventType()).isEqualTo(EventType.BOMBING);

        // dated more than a week before publication, with no background words: still recalled
        List<Observation> release = EXTRACTOR.extract(
                "CTD kills militant wanted in Naurang blast",
                "Lakki Marwat: CTD conducted an intelligence-based operation near Bachkan today in which two"
                        + " terrorists were killed in an exchange of fire.\n\n"
                        + "One of them was wanted in the IED blast near Serai Naurang on 12th July in which three"
                        + " police jawans embraced shahadat.",
                EVENING);
        assertThat(release).extracting(Observation::recalled).containsExactly(false, true);
    }

    /** A report about one older incident alone follows it up; an abduction's later news is its news. */
    @Test
    void aFollowUpOfOneOlderIncidentAndNewsOfHostagesAreNotRecollections() {
        Observation followUp = only(
                "Suspects held in killing of prayer leader",
                "KARACHI: The CTD said on Tuesday it had arrested two suspects in the killing of a prayer leader"
                        + " who was shot dead outside a mosque in Gulshan-e-Iqbal on July 20.");
        assertThat(followUp.recalled()).isFalse();

        List<Observation> hostages = EXTRACTOR.extract(
                "Policeman martyred in Jamrud; abducted labourers freed",
                "JAMRUD: A policeman was martyred when militants attacked a check post in Jamrud, Khyber"
                        + " district, on Monday night.\n\n"
                        + "In Tank, two labourers abducted by militants on July 12 were freed on Monday, police said.",
                EVENING);
        assertThat(hostages).extracting(Observation::eventType).contains(EventType.KIDNAPPING);
        assertThat(hostages).noneMatch(Observation::recalled);
    }

    /** A monitor's tally of a month's attacks is no incident; the incidents it names are. */
    @Test
    void aMonitorsTallyIsNoIncident() {
        List<Observation> observations = EXTRACTOR.extract(
                "Monthly security review: July 2026",
                "The Institute recorded 61 militant attacks in July 2026, in which 87 people were killed and 140"
                        + " injured.\n\n"
                        + "On July 28, a suicide bomber struck a police station in Bannu, killing four policemen.",
                EVENING);
        assertThat(observations).hasSize(1);
        assertThat(observations.getFirst().eventType()).isEqualTo(EventType.SUICIDE_ATTACK);
        assertThat(observations.getFirst().killed().value()).isEqualTo(4);
        assertThat(observations.getFirst().recalled()).isFalse();
    }

    /** The towns a road or a coach runs between are not where it happened, nor is a military hospital's town. */
    @Test
    void theEndsOfARouteAndTheTownOfAHospitalAreNotWhereItHappened() {
        Observation wadh = only(
                "Workers abducted near Wadh",
                "KHUZDAR: Armed men abducted four workers of a construction company and set fire to its machinery"
                        + " near Wadh on the Karachi-Quetta highway on Monday evening, Levies officials said.");
        assertThat(wadh.location().districtPcode()).isEqualTo("PK213");

        Observation coach = only(
                "Passengers offloaded from coach",
                "Armed men stopped a Quetta-Turbat coach near Hoshab in Kech district on Monday and took away"
                        + " four passengers, officials said.");
        assertThat(coach.location().districtPcode()).isEqualTo("PK211");

        Observation toll = only(
                "Pezu blast toll rises to three",
                "LAKKI MARWAT: One of the policemen injured in Monday's roadside blast near Pezu succumbed to his"
                        + " injuries at CMH Bannu late on Monday night, raising the death toll to three, police said.");
        assertThat(toll.location().districtPcode()).isEqualTo("PK519");
    }
}
