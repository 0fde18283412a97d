package org.fusioncentre.fusion.simulation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.fusioncentre.geo.AdminUnit;
import org.fusioncentre.geo.Geocoding;
import org.fusioncentre.geo.PCode;

/**
 * Simulated incidents and the reports sources write about them: a police flash report, a
 * newspaper story, a wire follow-up the next day with a rising toll and a relative date, a claim
 * of responsibility, an official statement; spelling variants of places; and distractors —
 * different incidents in the same district on the same or the next day. Deterministic for a
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

    private record Kind(String type, String flash, String story, String word) {}

    private static final List<Kind> KINDS = List.of(
            new Kind(
                    "BOMBING",
                    "a roadside bomb struck a police van",
                    "an improvised explosive device went off near a security forces vehicle",
                    "blast"),
            new Kind(
                    "ARMED_ASSAULT",
                    "militants attacked a police checkpost with heavy weapons",
                    "terrorists opened fire on a check post",
                    "attack"),
            new Kind(
                    "TARGETED_KILLING",
                    "gunmen on a motorcycle shot dead a government official",
                    "unidentified gunmen gunned down an official",
                    "killing"),
            new Kind(
                    "SUICIDE_ATTACK",
                    "a suicide bomber blew himself up near a security convoy",
                    "a suicide attacker rammed an explosives-laden vehicle into a convoy",
                    "suicide attack"),
            new Kind(
                    "KIDNAPPING",
                    "armed men abducted two employees of a construction company",
                    "militants kidnapped two workers",
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
            Kind kind = KINDS.get(random.nextInt(KINDS.size()));
            String place = place(district, random);
            String[] group = district.pcode().startsWith("PK2")
                    ? GROUPS.get(1 + random.nextInt(2))
                    : GROUPS.get(random.nextDouble() < 0.8 ? 0 : 3);
            int killed = kind.type().equals("KIDNAPPING")
                    ? 0
                    : 1 + random.nextInt(kind.type().equals("SUICIDE_ATTACK") ? 20 : 6);
            int injured = killed == 0 ? 0 : random.nextInt(3 * killed + 2);
            String id = "S" + seed + "-" + n;
            SimulatedIncident incident =
                    new SimulatedIncident(id, kind.type(), date, district.pcode(), place, killed, injured, group[0]);
            truth.add(incident);
            write(incident, kind, district, group, random, reports);
        }
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
        // the police flash report, within hours
        reports.add(report(
                "Police Media Cell",
                incident,
                incident.date().atTime(10 + random.nextInt(8), 0),
                "Incident in " + incident.place(),
                dateline + "According to police, " + kind.flash() + " in " + incident.place() + " area of " + name
                        + " district at about "
                        + String.format(Locale.ROOT, "%02d:%02d", 5 + random.nextInt(17), random.nextInt(60))
                        + " hours today. " + capital(casualties(flashKilled, incident.injured(), "were martyred"))
                        + ". The area has been cordoned off.",
                gold));
        // a newspaper the same evening
        if (random.nextDouble() < 0.9) {
            reports.add(report(
                    "Daily Frontier",
                    incident,
                    incident.date().atTime(21, 0),
                    capital(kind.word()) + " in " + name,
                    dateline + capital(casualties(flashKilled, incident.injured(), "were killed")) + " when "
                            + kind.story() + " in the " + incident.place() + " area of " + name + " on " + day + " ("
                            + incident.date().getDayOfMonth() + " "
                            + incident.date().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ")"
                            + ", officials said.",
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
        // a claim of responsibility, reported a day or two later
        if (random.nextDouble() < 0.5) {
            DayOfWeek weekday = incident.date().getDayOfWeek();
            reports.add(report(
                    "Daily Frontier",
                    incident,
                    incident.date().plusDays(1 + random.nextInt(2)).atTime(19, 0),
                    "Claim for " + name + " " + kind.word(),
                    dateline + capital(group[1]) + " claimed responsibility for "
                            + weekday.getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                            + "'s " + kind.word() + " in " + incident.place() + " ("
                            + incident.date().getDayOfMonth() + " "
                            + incident.date().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + "), in which "
                            + casualties(incident.killed(), incident.injured(), "were killed") + ".",
                    gold));
        }
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
        String externalId =
                source.replace(' ', '-').toLowerCase(Locale.ROOT) + "-" + incident.id() + "-" + published.toLocalDate();
        return new SimulatedReport(
                source, externalId, published.atOffset(ZoneOffset.ofHours(5)).toString(), title, body, gold);
    }

    private static String capital(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
