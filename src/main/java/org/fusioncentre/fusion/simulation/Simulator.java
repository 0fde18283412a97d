package org.fusioncentre.fusion.simulation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.fusioncentre.geo.AdminUnit;
import org.fusioncentre.geo.Geocoding;
import org.fusioncentre.geo.PCode;

/**
 * Simulated incidents and the reports sources write about them: a police flash report, a
 * newspaper story, a wire follow-up the next day with a rising toll and a relative date, a claim
 * of responsibility (often with an inflated toll), an official statement; sources that disagree
 * on figures, leave out the injured or the place, and give the time of day in their own words; a
 * regional bureau's brief datelined from a neighbouring district's town and naming no place;
 * spelling variants of districts; and distractors — different incidents in the same district on
 * the same or the next day, often of the same kind. Deterministic for a
 * seed. The incidents are invented; the districts and tehsils are real.
 */
public final class Simulator {
    /** One simulated report, in the report input shape, with the ids of the incidents it tells of. */
    public record SimulatedReport(
            String source,
            String externalId,
            String publishedAt,
            String title,
            String body,
            List<String> goldIncidents) {}

    /** One simulated incident: the ground truth. */
    public record SimulatedIncident(
            String id,
            String eventType,
            LocalDate date,
            LocalTime time,
            String districtPcode,
            String place,
            int killed,
            int injured,
            String perpetrator) {}

    public record Result(List<SimulatedIncident> incidents, List<SimulatedReport> reports) {}

    /** Districts where attacks are reported, with the names reports use for them. */
    private static final List<District> DISTRICTS = List.of(
            new District("PK503", List.of("Bannu")),
            new District("PK509", List.of("Dera Ismail Khan", "D.I. Khan", "DI Khan")),
            new District("PK519", List.of("Lakki Marwat", "Lakki")),
            new District("PK525", List.of("North Waziristan")),
            new District("PK513", List.of("Khyber")),
            new District("PK528", List.of("Peshawar")),
            new District("PK502", List.of("Bajaur")),
            new District("PK533", List.of("Tank")),
            new District("PK211", List.of("Kech", "Turbat")),
            new District("PK224", List.of("Panjgur")),
            new District("PK226", List.of("Quetta")),
            new District("PK220", List.of("Mastung")),
            new District("PK209", List.of("Kachhi", "Bolan")),
            new District("PK205", List.of("Gwadar")));

    private record District(String pcode, List<String> names) {}

    /** A kind of incident and the ways reports word it: police flash reports, press stories, one word. */
    private record Kind(String type, List<String> flash, List<String> story, String word) {}

    private static final List<Kind> KINDS = List.of(
            new Kind(
                    "BOMBING",
                    List.of(
                            "a roadside bomb struck a police van",
                            "an IED planted on the roadside went off as a security forces vehicle passed",
                            "a remote-controlled bomb exploded near a police mobile"),
                    List.of(
                            "an improvised explosive device went off near a security forces vehicle",
                            "a bomb planted along the road exploded near a police vehicle",
                            "a blast hit a police van"),
                    "blast"),
            new Kind(
                    "ARMED_ASSAULT",
                    List.of(
                            "militants attacked a police checkpost with heavy weapons",
                            "terrorists attacked a security forces post with rockets and automatic weapons"),
                    List.of(
                            "terrorists opened fire on a check post",
                            "militants stormed a police post",
                            "gunmen attacked a checkpoint"),
                    "attack"),
            new Kind(
                    "TARGETED_KILLING",
                    List.of(
                            "gunmen on a motorcycle shot dead a government official",
                            "unidentified assailants shot dead a police constable"),
                    List.of(
                            "unidentified gunmen gunned down an official",
                            "motorcycle-borne gunmen shot dead a policeman",
                            "an official was shot dead by unknown attackers"),
                    "killing"),
            new Kind(
                    "SUICIDE_ATTACK",
                    List.of(
                            "a suicide bomber blew himself up near a security convoy",
                            "a suicide attacker detonated his vest at the gate of a police station"),
                    List.of(
                            "a suicide attacker rammed an explosives-laden vehicle into a convoy",
                            "a suicide bomber struck a convoy of security forces"),
                    "suicide attack"),
            new Kind(
                    "KIDNAPPING",
                    List.of(
                            "armed men abducted two employees of a construction company",
                            "gunmen kidnapped passengers from a coach"),
                    List.of("militants kidnapped two workers", "armed men took away passengers from a vehicle"),
                    "abduction"));

    private static final List<String[]> GROUPS = List.of(
            new String[] {"TTP", "the banned Tehreek-i-Taliban Pakistan"},
            new String[] {"BLA", "the banned Balochistan Liberation Army"},
            new String[] {"BLF", "the Balochistan Liberation Front"},
            new String[] {"ISKP", "the Islamic State Khorasan Province"});

    private final Geocoding geocoding;

    public Simulator(Geocoding geocoding) {
        this.geocoding = geocoding;
    }

    public Result simulate(long seed, int incidents, LocalDate start) {
        Random random = new Random(seed);
        List<SimulatedIncident> truth = new ArrayList<>();
        List<SimulatedReport> reports = new ArrayList<>();
        int days = Math.max(30, incidents / 4);
        for (int n = 1; n <= incidents; n++) {
            District district;
            LocalDate date;
            SimulatedIncident previous = truth.isEmpty() ? null : truth.getLast();
            // a distractor: another incident in the district of the one before, the same or the next day
            if (previous != null && random.nextDouble() < 0.25) {
                district = DISTRICTS.stream()
                        .filter(d -> d.pcode().equals(previous.districtPcode()))
                        .findFirst()
                        .orElseThrow();
                date = previous.date().plusDays(random.nextInt(2));
            } else {
                district = DISTRICTS.get(random.nextInt(DISTRICTS.size()));
                date = start.plusDays(random.nextInt(days));
            }
            // hard distractors are often the same kind of attack: two killings in one district in a day
            Kind kind = previous != null && date.equals(previous.date()) && random.nextDouble() < 0.5
                    ? KINDS.stream()
                            .filter(k -> k.type().equals(previous.eventType()))
                            .findFirst()
                            .orElseThrow()
                    : KINDS.get(random.nextInt(KINDS.size()));
            String place = place(district, random);
            String[] group = district.pcode().startsWith("PK2")
                    ? GROUPS.get(1 + random.nextInt(2))
                    : GROUPS.get(random.nextDouble() < 0.8 ? 0 : 3);
            int killed = kind.type().equals("KIDNAPPING")
                    ? 0
                    : 1 + random.nextInt(kind.type().equals("SUICIDE_ATTACK") ? 20 : 6);
            int injured = killed == 0 ? 0 : random.nextInt(3 * killed + 2);
            String id = "S" + seed + "-" + n;
            LocalTime time = LocalTime.of(5 + random.nextInt(18), random.nextInt(60));
            SimulatedIncident incident = new SimulatedIncident(
                    id, kind.type(), date, time, district.pcode(), place, killed, injured, group[0]);
            truth.add(incident);
            write(incident, kind, district, group, random, reports);
            // drawn apart, so the reports above are the same with or without the bureau's
            bureau(
                    incident,
                    kind,
                    district,
                    new Random(new java.util.SplittableRandom(seed * 1_000_003L + n).nextLong()),
                    reports);
        }
        // two incidents of one kind, place and day can draw word for word the same statement; a
        // store keeps one text once (intake takes the second for a duplicate), and so does this
        Set<String> bodies = new HashSet<>();
        reports.removeIf(report -> !bodies.add(report.body()));
        return new Result(truth, reports);
    }

    /** A tehsil of the district, as reports name it ("Kech (Turbat)" is "Turbat"). */
    private String place(District district, Random random) {
        List<AdminUnit> tehsils = geocoding.children(PCode.of(district.pcode()));
        if (tehsils.isEmpty()) {
            return district.names().getFirst();
        }
        String name = tehsils.get(random.nextInt(tehsils.size())).name();
        int bracket = name.indexOf('(');
        return bracket > 0 ? name.substring(bracket + 1, name.indexOf(')', bracket)) : name;
    }

    /**
     * The reports about one incident. Sources disagree as they do: the press may count differently
     * from the police, leave the injured out or name only the district; a claim inflates the toll;
     * the press gives the time in its own words or not at all.
     */
    private static void write(
            SimulatedIncident incident,
            Kind kind,
            District district,
            String[] group,
            Random random,
            List<SimulatedReport> reports) {
        String name = district.names().get(random.nextInt(district.names().size()));
        String day = incident.date().getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        int flashKilled = Math.max(incident.killed() > 0 ? 1 : 0, incident.killed() - random.nextInt(3));
        List<String> gold = List.of(incident.id());
        String dateline = name.toUpperCase(Locale.ROOT) + ": ";
        String month = incident.date().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        LocalDateTime flashTime = incident.date().atTime(incident.time()).plusHours(1 + random.nextInt(3));
        // the police flash report, within hours, with the clock time
        reports.add(report(
                "Police Media Cell",
                incident,
                flashTime,
                "Incident in " + incident.place(),
                dateline + "According to police, " + pick(kind.flash(), random) + " in " + incident.place()
                        + " area of " + name + " district"
                        + (random.nextDouble() < 0.8
                                ? String.format(
                                        Locale.ROOT,
                                        " at about %02d:%02d hours",
                                        incident.time().getHour(),
                                        incident.time().getMinute())
                                : "")
                        + (flashTime.toLocalDate().equals(incident.date()) ? " today. " : " yesterday. ")
                        + capital(casualties(flashKilled, incident.injured(), "were martyred"))
                        + ". The area has been cordoned off.",
                gold));
        // a newspaper the same evening: its own count now and then, the time in its own words
        if (random.nextDouble() < 0.9) {
            int killed = random.nextDouble() < 0.25 ? Math.max(0, flashKilled + random.nextInt(3) - 1) : flashKilled;
            int injured = random.nextDouble() < 0.3 ? 0 : incident.injured();
            String where =
                    random.nextDouble() < 0.2 ? name + " district" : "the " + incident.place() + " area of " + name;
            reports.add(report(
                    "Daily Frontier",
                    incident,
                    incident.date().atTime(21, 0).isAfter(flashTime)
                            ? incident.date().atTime(21, 0)
                            : flashTime.plusHours(2),
                    capital(kind.word()) + " in " + name,
                    dateline + capital(casualties(killed, injured, "were killed")) + " when "
                            + pick(kind.story(), random) + " in " + where + pressTime(incident, day, random)
                            + " (" + incident.date().getDayOfMonth() + " " + month + "), officials said.",
                    gold));
        }
        // the wire the next morning, with the toll risen and a relative date
        if (random.nextDouble() < 0.8) {
            String toll = incident.killed() > flashKilled
                    ? "The death toll from yesterday's " + kind.word() + " in " + incident.place() + " rose to "
                            + incident.killed() + " on "
                            + incident.date().plusDays(1).getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                            + " after more of the injured died in hospital."
                    : capital(casualties(incident.killed(), incident.injured(), "were killed")) + " in yesterday's "
                            + kind.word() + " in " + incident.place() + ", " + name + ", police said.";
            reports.add(report(
                    "Wire Service",
                    incident,
                    incident.date().plusDays(1).atTime(8, 30),
                    capital(kind.word()) + " toll",
                    name.toUpperCase(Locale.ROOT) + ", "
                            + incident.date().plusDays(1).getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
                            + " "
                            + incident.date().plusDays(1).getDayOfMonth() + " (WS): " + toll,
                    gold));
        }
        // an official statement the same day, with the official figure
        if (random.nextDouble() < 0.3) {
            reports.add(report(
                    "Provincial Government",
                    incident,
                    incident.date().atTime(22, 30),
                    "Spokesperson on " + name + " " + kind.word(),
                    "The spokesperson of the provincial government said "
                            + casualties(flashKilled, incident.injured(), "were martyred")
                            + " in the " + kind.word() + " in " + incident.place() + ", " + name
                            + ", and that those responsible would be brought to justice.",
                    gold));
        }
        // a claim of responsibility, reported a day or two later; claims often inflate the toll
        if (random.nextDouble() < 0.5) {
            DayOfWeek weekday = incident.date().getDayOfWeek();
            int claimed = incident.killed() > 0 && random.nextDouble() < 0.4
                    ? incident.killed() + 1 + random.nextInt(2 * incident.killed() + 1)
                    : incident.killed();
            reports.add(report(
                    "Daily Frontier",
                    incident,
                    incident.date().plusDays(1 + random.nextInt(2)).atTime(19, 0),
                    "Claim for " + name + " " + kind.word(),
                    dateline + capital(group[1]) + " claimed responsibility for "
                            + weekday.getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                            + "'s " + kind.word() + " in " + incident.place() + " ("
                            + incident.date().getDayOfMonth() + " " + month + "), in which "
                            + (claimed == incident.killed()
                                    ? casualties(incident.killed(), incident.injured(), "were killed")
                                    : "it said " + claimed + " people were killed, a figure officials rejected")
                            + ".",
                    gold));
        }
    }

    /**
     * Now and then a regional bureau's brief, datelined from the town of a neighbouring district
     * the bureau covers it from, naming no place: the dateline is all a reader has to place it,
     * and it points across the border.
     */
    private void bureau(
            SimulatedIncident incident, Kind kind, District district, Random random, List<SimulatedReport> reports) {
        if (random.nextDouble() >= 0.15) {
            return;
        }
        java.util.Set<PCode> bordering = geocoding.neighbours(PCode.of(district.pcode()));
        List<District> near = DISTRICTS.stream()
                .filter(other -> bordering.contains(PCode.of(other.pcode())))
                .toList();
        if (near.isEmpty()) {
            return;
        }
        District from = near.get(random.nextInt(near.size()));
        LocalDateTime published = incident.date().atTime(incident.time()).plusHours(3 + random.nextInt(10));
        String day = incident.date().getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        reports.add(report(
                "Regional Bureau",
                incident,
                published,
                capital(kind.word()) + " reported",
                from.names().getFirst().toUpperCase(Locale.ROOT) + ", "
                        + published.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " "
                        + published.getDayOfMonth() + " (RB): "
                        + capital(casualties(incident.killed(), incident.injured(), "were killed")) + " when "
                        + pick(kind.story(), random) + pressTime(incident, day, random) + ", officials said.",
                List.of(incident.id())));
    }

    /** The time as the press words it, or not at all. */
    private static String pressTime(SimulatedIncident incident, String day, Random random) {
        int hour = incident.time().getHour();
        double roll = random.nextDouble();
        if (roll < 0.3) {
            int twelve = hour % 12 == 0 ? 12 : hour % 12;
            return " at around " + twelve + (hour < 12 ? "am" : "pm") + " on " + day;
        }
        if (roll < 0.55) {
            String part = hour < 12 ? "morning" : hour < 17 ? "afternoon" : hour < 21 ? "evening" : "night";
            return " on " + day + " " + part;
        }
        return " on " + day;
    }

    private static String pick(List<String> choices, Random random) {
        return choices.get(random.nextInt(choices.size()));
    }

    private static String casualties(int killed, int injured, String verb) {
        if (killed == 0) {
            return injured == 0 ? "no one was hurt" : injured + " people were injured";
        }
        return killed
                + (killed == 1 ? " person " + verb.replace("were", "was") : " people " + verb)
                + (injured > 0 ? " and " + injured + " injured" : "");
    }

    private static SimulatedReport report(
            String source,
            SimulatedIncident incident,
            LocalDateTime published,
            String title,
            String body,
            List<String> gold) {
        // one source may write twice about an incident in a day (a story, then a claim): the title tells them apart
        String externalId = source.replace(' ', '-').toLowerCase(Locale.ROOT) + "-" + incident.id() + "-"
                + published.toLocalDate() + (title.startsWith("Claim") ? "-claim" : "");
        return new SimulatedReport(
                source, externalId, published.atOffset(ZoneOffset.ofHours(5)).toString(), title, body, gold);
    }

    private static String capital(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
