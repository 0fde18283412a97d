package org.fusioncentre.extraction.text;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fusioncentre.extraction.ClaimStatus;
import org.fusioncentre.extraction.DatePrecision;
import org.fusioncentre.extraction.EventType;
import org.fusioncentre.extraction.Observation;
import org.fusioncentre.extraction.Target;
import org.fusioncentre.extraction.TimeOfDay;
import org.fusioncentre.geo.GeoCandidate;
import org.fusioncentre.geo.GeoPrecision;
import org.fusioncentre.geo.Geocoding;
import org.fusioncentre.geo.ResolveContext;
import org.jspecify.annotations.Nullable;

/**
 * Report text to observations: splits the text into sentences, reads triggers, casualties,
 * dates, organisations and places in each, groups sentences into incident mentions (a new one at
 * "In a separate incident", "Meanwhile", background like "Earlier this month", or a strong trigger
 * in another district), and fuses each group's readings into one observation. Deterministic.
 */
public final class Extractor {
    public static final String VERSION = "fc-extract-0.7";
    private static final int MAX_TEXT = 1_000_000;
    private static final String[] SEPARATORS = {
        "in a separate incident",
        "in another incident",
        "in a similar incident",
        "separately",
        "meanwhile",
        "elsewhere",
        "in a separate attack",
        "in another attack",
        "in a related development",
        "in a separate development",
        // the accounts after a summary ("two separate attacks ... In the first, ... Hours later, ...")
        "in the first",
        "in the second",
        "in the third",
        "in the other",
        "hours later",
        "later in the day",
        "later that day",
        "later that night"
    };
    private static final Pattern CONTAINER_LINK = Pattern.compile(
            "\\s+(?:area|village|town|locality|tehsil|neighbourhood|outskirts|valley)\\s+(?:of|in)\\s+(?:the\\s+)?");
    /** Sentences that sum up several incidents; the incidents come in the sentences after them. */
    private static final String[] SUMMARIES = {
        "separate attacks",
        "separate incidents",
        "different incidents",
        "different parts of",
        "series of attacks",
        "attacks across",
        "incidents across",
        "separate places",
        "two attacks",
        "three attacks",
        "multiple attacks",
        "militant-related incidents",
        "incidents in the week",
        "in the week ending",
        "during the week",
        "over the past week",
        "the past week brought",
        "incidents of terrorism"
    };

    /**
     * A monitor's tally of many incidents: "the Collective recorded 76 militant attacks in October",
     * "Balochistan saw 18 incidents of violence"; its toll is the period's, not one incident's.
     */
    private static final Pattern TALLY = Pattern.compile(
            "\\b(?:recorded|reported|registered|witnessed|saw|documented|counted)\\s+(?:at least\\s+|as many as\\s+)?"
                    + "\\d+\\s+(?:[a-z-]+\\s+){0,2}(?:attacks|incidents|blasts|bombings)\\b");

    /**
     * Whether the sentence is a {@link #TALLY} of a period (a month, a week, a year): "police
     * reported 2 blasts in Quetta on Monday" is no tally. The pattern runs only where its nouns are.
     */
    private static boolean tally(String lower) {
        return (lower.contains("attacks")
                        || lower.contains("incidents")
                        || lower.contains("blasts")
                        || lower.contains("bombings"))
                && TALLY.matcher(lower).find()
                && PERIOD.matcher(lower).find();
    }

    private static final Pattern PERIOD =
            Pattern.compile("\\b(?:week|month|year|quarter|january|february|march|april|may|june|july|august|september"
                    + "|october|november|december|since|between|so far)\\b");

    private static final Pattern STATEMENT = Pattern.compile(
            "(?i)\\b(?:condemn\\w*|t(?:ook|aken|akes) notice|spokes(?:person|man|woman)|paid tribute)\\b");

    private static final String[] BACKGROUND = {
        "earlier this month",
        "last week",
        "last month",
        "earlier this week",
        "earlier this year",
        "last year",
        "in a previous"
    };
    private static final Map<Target, Set<String>> TARGET_WORDS = targetWords();

    /**
     * Where the wounded were taken, not where it happened: "a hospital in Peshawar", "shifted to
     * hospitals in Thall and Peshawar", "airlifted to Quetta"; and where travellers got to or were
     * held afterwards: "passengers who reached Quetta said ...", "the train was held at Sibi".
     */
    private static boolean afterHospital(List<Numbers.Token> tokens, int i) {
        for (int k = Math.max(0, i - 2); k < i; k++) {
            String word = tokens.get(k).lower();
            if (word.equals("hospital") || word.equals("complex") || word.equals("cmh") || word.equals("dhq")) {
                return true;
            }
        }
        for (int k = Math.max(0, i - 5); k < i; k++) {
            if (EVACUATION_WORDS.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        // where a train or convoy was held afterwards: "the Jaffar Express has been held at Sibi"
        return i >= 2
                && HELD_WORDS.contains(tokens.get(i - 2).lower())
                && tokens.get(i - 1).lower().equals("at");
    }

    /**
     * Whether one of the few words before a date tells of the aftermath: travellers who reached a
     * town, or work, supply or traffic that began, resumed or was restored ("the attack began on
     * Monday night" is the incident's own day, so those verbs need an aftermath's subject).
     */
    private static boolean afterAftermath(String sentence, int dateStart) {
        String before =
                sentence.substring(Math.max(0, dateStart - 60), dateStart).toLowerCase(Locale.ROOT);
        String[] words = before.split("[^a-z]+");
        for (int k = Math.max(0, words.length - 4); k < words.length; k++) {
            if (words[k].equals("reached")) {
                return true;
            }
            if (AFTERMATH_VERBS.contains(words[k])) {
                for (int j = Math.max(0, k - 3); j < k; j++) {
                    if (AFTERMATH_SUBJECTS.contains(words[j])) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean condemnation(String sentence, Triggers.NoIncidentCue cue) {
        return sentence.substring(cue.start(), cue.end())
                .toLowerCase(Locale.ROOT)
                .startsWith("condemn");
    }

    /**
     * Whether one of the three words before a date says it is the day something was told or
     * mourned: "said on Friday", "told reporters on Friday", "the funeral prayers on Saturday".
     */
    private static boolean toldDay(String sentence, int dateStart) {
        String before =
                sentence.substring(Math.max(0, dateStart - 40), dateStart).toLowerCase(Locale.ROOT);
        String[] words = before.split("[^a-z]+");
        for (int k = Math.max(0, words.length - 3); k < words.length; k++) {
            if (TOLD_WORDS.contains(words[k])) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> TOLD_WORDS = Set.of(
            "said",
            "says",
            "told",
            "stated",
            "announced",
            "confirmed",
            "added",
            "statement",
            "funeral",
            "funerals",
            "buried",
            "attended",
            "protested",
            "condemned");

    private static final Set<String> AFTERMATH_VERBS =
            Set.of("began", "begun", "resumed", "restored", "reopened", "lifted");

    private static final Set<String> AFTERMATH_SUBJECTS = Set.of(
            "work", "repair", "repairs", "supply", "service", "services", "traffic", "curfew", "markets", "schools");

    private static final Set<String> HELD_WORDS = Set.of("held", "halted", "stranded", "stuck");

    private static final Set<String> EVACUATION_WORDS = Set.of(
            "hospitals",
            "shifted",
            "rushed",
            "referred",
            "airlifted",
            "evacuated",
            "transported",
            "reached",
            "arrived");

    private static final Set<String> DIRECTION_WORDS = Set.of("to", "towards", "toward", "from", "for", "via");
    private static final Pattern BREAKDOWN =
            Pattern.compile("(?i)including|among|of whom|of them|[:;()]|\\bwhile\\b|\\bbut\\b");
    private static final Pattern RECOVERY =
            Pattern.compile("\\b(?:recovered|seized|confiscated|in their possession|in his possession)\\b");

    private static final int CONTEXT_LENGTH = 700;

    private final Geocoding geocoding;
    private final Triggers triggers;
    private final Organisations organisations;

    public Extractor(Geocoding geocoding, Triggers triggers, Organisations organisations) {
        this.geocoding = requireNonNull(geocoding, "geocoding is null");
        this.triggers = requireNonNull(triggers, "triggers is null");
        this.organisations = requireNonNull(organisations, "organisations is null");
    }

    public static Extractor withDefaults(Geocoding geocoding) {
        return new Extractor(geocoding, Triggers.fromClasspath(), Organisations.fromClasspath());
    }

    /** The text the evidence spans refer to: the title, a blank line, the body. */
    public static String text(@Nullable String title, String body) {
        return Observation.reportText(title, body);
    }

    /**
     * @param published the publication time in Pakistan's local time
     */
    public List<Observation> extract(@Nullable String title, String body, LocalDateTime published) {
        String text = text(title, body == null ? "" : body);
        if (text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT);
        }
        int bodyStart = title == null || title.isBlank()
                ? 0
                : Math.min(text.length(), title.strip().length() + 2);
        List<Analysed> sentences = new ArrayList<>();
        ResolveContext context = contextOf(text);
        int paragraph = -1;
        for (Sentences.Sentence sentence : Sentences.of(text)) {
            if (paragraph < 0 || paragraphStart(text, sentence.start())) {
                paragraph++;
            }
            sentences.add(analyse(sentence, text, published, context, paragraph));
        }
        List<List<Analysed>> groups = group(sentences, bodyStart);
        boolean roundUp = sentences.stream().anyMatch(Analysed::summary);
        List<Observation> observations = new ArrayList<>();
        List<Observation> recalled = new ArrayList<>();
        for (List<Analysed> group : groups) {
            Observation observation = observe(group, sentences, published, text, bodyStart);
            if (observation == null || repeats(observation, observations)) {
                continue;
            }
            observations.add(observation);
            if (recollection(group, observation, published.toLocalDate(), roundUp)) {
                recalled.add(observation);
            }
        }
        // a report about one older incident alone is a follow-up of it ("two of the abducted
        // labourers freed", "suspects arrested in the killing of ..."), not a recollection; the
        // older incidents a report recalls beside its news are reported by the reports of their
        // day, and counted with them would be counted twice
        if (observations.size() == 1 || recalled.isEmpty()) {
            return observations;
        }
        return observations.stream()
                .map(observation -> recalled.contains(observation) ? observation.asRecalled() : observation)
                .toList();
    }

    /**
     * Whether an account recalls an older incident rather than reports one: it opens with background
     * ("Last month, ...", "In September, ..."), or it is dated over a week before publication in a
     * report that is no round-up ("killed in the blast near Serai Naurang on 2nd November", in a
     * CTD release of 21 November). A round-up's accounts of the week or month are its news, and an
     * abduction lasts until the hostages are freed: what is told of them later is its news.
     */
    private static boolean recollection(
            List<Analysed> group, Observation observation, LocalDate published, boolean roundUp) {
        for (Analysed sentence : group) {
            if (sentence.incidentLike()) {
                if (sentence.background()) {
                    return true;
                }
                break;
            }
        }
        if (roundUp || observation.eventType() == EventType.KIDNAPPING) {
            return false;
        }
        DateMention own = firstDate(group);
        return own != null && own.to().isBefore(published.minusDays(7));
    }

    private record Place(GeoCandidate candidate, int start, int end) {}

    /** A place named after "in", "at" or "near" that the gazetteer does not know: "in Tajazai". */
    private record PlaceHint(String name, int start, int end) {}

    private record Analysed(
            Sentences.Sentence sentence,
            List<EventTrigger> triggers,
            double noIncident,
            List<CasualtyMention> casualties,
            List<DateMention> dates,
            List<DateMention> toldDates,
            List<OrganisationMention> organisations,
            List<Place> places,
            boolean separator,
            boolean background,
            boolean summary,
            boolean paragraphStart,
            boolean namesAttackers,
            int paragraph,
            boolean placeLed,
            List<PlaceHint> placeHints,
            @Nullable TimeOfDay clock,
            @Nullable TimeOfDay partOfDay,
            boolean partOfDayIsToday,
            double condemned) {

        double strength() {
            return triggers.stream().mapToDouble(EventTrigger::weight).max().orElse(0);
        }

        boolean incidentLike() {
            return !summary && (strength() >= 1.5 || !casualties.isEmpty() && strength() >= 1 || weakKilling());
        }

        /**
         * "The TTP claimed responsibility for Monday night's attack": a claim names an incident. A
         * report that tells the incident itself has it already; one about the claim alone does not.
         */
        boolean claim() {
            return strength() >= 1
                    && organisations.stream().anyMatch(mention -> mention.status() == ClaimStatus.CLAIMED);
        }

        /**
         * The day of an incident the sentence names in passing by a possessive day and an event
         * word: "residents blocked the road on Thursday to protest against Wednesday's killing of
         * a peace committee member". Null when it names none.
         */
        @Nullable
        DateMention reference() {
            if (strength() < 1) {
                return null;
            }
            String text = sentence.text();
            int base = sentence.start();
            for (DateMention date : dates) {
                int end = date.end() - base;
                String said = text.substring(date.start() - base, end);
                boolean possessive = said.endsWith("'s")
                        || said.endsWith("’s")
                        || text.startsWith("'s", end)
                        || text.startsWith("’s", end);
                if (!possessive) {
                    continue;
                }
                for (EventTrigger trigger : triggers) {
                    int gap = trigger.start() - date.end();
                    if (gap >= 0 && gap <= 30) {
                        return date;
                    }
                }
            }
            return null;
        }

        /**
         * An official's word on an attack: "condemned the killing of passengers on the highway in
         * Kalat", "has taken notice of the killing of a constable", "a spokesperson said the cowardly
         * attack on a Levies station in Washuk ...".
         */
        boolean statement() {
            return STATEMENT.matcher(sentence.text()).find();
        }

        /** "Unidentified assailants killed a person": a killing with a killer, but no stronger word. */
        boolean weakKilling() {
            return !casualties.isEmpty() && strength() > 0 && (!organisations.isEmpty() || namesAttackers);
        }

        @Nullable
        String district() {
            for (Place place : places) {
                if (place.candidate().districtCode() != null) {
                    return place.candidate().districtCode().value();
                }
            }
            return null;
        }
    }

    private Analysed analyse(
            Sentences.Sentence sentence, String text, LocalDateTime published, ResolveContext context, int paragraph) {
        String lower = sentence.text().toLowerCase(Locale.ROOT);
        boolean separator = false;
        for (String marker : SEPARATORS) {
            if (lower.startsWith(marker)) {
                separator = true;
            }
        }
        // a round-up paragraph that opens with its place: "In Panjgur, two FC soldiers were martyred..."
        boolean paragraphStart = paragraphStart(text, sentence.start());
        boolean placeLed = lower.startsWith("in ")
                && sentence.text().indexOf(',') > 3
                && sentence.text().indexOf(',') < 60
                && Character.isUpperCase(sentence.text().charAt(3));
        if (paragraphStart && placeLed) {
            separator = true;
        }
        boolean summary = tally(lower);
        for (String marker : SUMMARIES) {
            if (lower.contains(marker)) {
                summary = true;
            }
        }
        boolean background = false;
        for (String marker : BACKGROUND) {
            if (lower.startsWith(marker) || lower.contains(", " + marker) || lower.contains(" " + marker + ",")) {
                background = true;
            }
        }
        TimeOfDay partOfDay = Times.partOfDay(sentence.text(), lower);
        List<DateMention> dates = Dates.in(sentence.text(), published);
        int dateline = datelineEnd(text, sentence.start()) - sentence.start();
        if (dateline > 0) {
            // "PESHAWAR, June 9:" dates the report, not the incident
            dates = dates.stream().filter(date -> date.start() > dateline).toList();
        }
        if (dates.size() > 1) {
            // "passengers who reached Quetta early this morning said ... on Thursday evening", "repair
            // work began on Wednesday on the pipeline blown up on Tuesday": the day of the aftermath
            String said = sentence.text();
            List<DateMention> ofTheEvent = dates.stream()
                    .filter(date -> !afterAftermath(said, date.start()))
                    .toList();
            dates = ofTheEvent.isEmpty() ? dates : ofTheEvent;
        }
        // "the ISPR said on Friday", "attended the funeral prayers on Saturday": the day it was told
        // or mourned, which dates the incident only when nothing else in its sentences does
        String said = sentence.text();
        List<DateMention> told =
                dates.stream().filter(date -> toldDay(said, date.start())).toList();
        if (!told.isEmpty()) {
            dates = dates.stream().filter(date -> !told.contains(date)).toList();
        }
        // "In March, a suicide bomber struck...", "On March 11 last year, ...": a sentence that opens
        // with a date over a week before publication recalls an older incident
        if (!dates.isEmpty()
                && dates.getFirst().start() <= 3
                && dates.getFirst().to().isBefore(published.toLocalDate().minusDays(7))) {
            background = true;
        }
        List<PlaceHint> hints = new ArrayList<>();
        Triggers.Reading reading = triggers.read(sentence.text());
        List<EventTrigger> found = reading.triggers();
        if (RECOVERY.matcher(lower).find()) {
            // "hand grenades and a pistol were recovered": a list of seized arms, not the attack
            found = found.stream()
                    .map(t -> new EventTrigger(t.type(), t.weight() * 0.25, t.start(), t.end()))
                    .toList();
        }
        List<CasualtyMention> casualties = Casualties.in(sentence.text());
        // "condemned the attack on a BMP post ..., in which one jawan was martyred": a statement
        // that gives the attack's toll tells of that attack
        boolean tollGiven = casualties.stream()
                .anyMatch(mention -> mention.kind() != CasualtyMention.Kind.MILITANTS_KILLED && mention.value() > 0);
        double noIncident = reading.noIncidentCues().stream()
                .filter(cue -> !(tollGiven && condemnation(sentence.text(), cue)))
                .mapToDouble(Triggers.NoIncidentCue::weight)
                .sum();
        // what of that is a condemnation, which a statement on one attack sets aside
        double condemned = tollGiven
                ? 0
                : reading.noIncidentCues().stream()
                        .filter(cue -> condemnation(sentence.text(), cue))
                        .mapToDouble(Triggers.NoIncidentCue::weight)
                        .sum();
        return new Analysed(
                sentence,
                shift(found, sentence.start()),
                noIncident,
                shiftCasualties(casualties, sentence.start()),
                shiftDates(dates, sentence.start()),
                shiftDates(told, sentence.start()),
                shiftOrganisations(organisations.in(sentence.text()), sentence.start()),
                places(sentence, text, context, hints),
                separator,
                background,
                summary && !separator,
                paragraphStart,
                namesAttackers(lower),
                paragraph,
                placeLed,
                hints,
                Times.clock(sentence.text(), lower),
                partOfDay,
                // the pattern runs again only for the few sentences that name a part of the day
                partOfDay != null && Times.partOfDayIsToday(sentence.text()),
                condemned);
    }

    /** A sentence opens a paragraph when the text starts there or a line break comes before it. */
    private static boolean paragraphStart(String text, int start) {
        int i = start - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\r')) {
            i--;
        }
        return i < 0 || text.charAt(i) == '\n';
    }

    private static final Set<String> ATTACKERS = Set.of(
            "militants",
            "militant",
            "gunmen",
            "gunman",
            "assailants",
            "assailant",
            "attackers",
            "terrorists",
            "insurgents",
            "snipers",
            "armed men",
            "unidentified",
            "miscreants",
            "khawarij",
            "separatists");

    private static boolean namesAttackers(String lower) {
        int n = lower.length();
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetter(lower.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetter(lower.charAt(i))) {
                i++;
            }
            if (i > start && ATTACKERS.contains(lower.substring(start, i))) {
                return true;
            }
        }
        return lower.contains("armed men");
    }

    /**
     * Sentences into incident mentions. A new mention starts at a separator ("In a separate
     * incident"), at background ("Earlier this month"), or where a paragraph's first account of an
     * incident tells of another day or another district than the mention before; the paragraph's
     * opening lines without an incident ("Monday - Turbat, Kech.") go with the account after them.
     */
    private static List<List<Analysed>> group(List<Analysed> sentences, int bodyStart) {
        List<List<Analysed>> groups = new ArrayList<>();
        List<Analysed> current = null;
        String currentDistrict = null;
        DateMention currentDate = null;
        int paragraph = -1;
        boolean incidentInParagraph = false;
        String paragraphDistrict = null;
        DateMention paragraphDate = null;
        for (Analysed sentence : sentences) {
            if (sentence.paragraphStart() || paragraph < 0) {
                paragraph++;
                incidentInParagraph = false;
                paragraphDistrict = null;
                paragraphDate = null;
            }
            boolean incident = sentence.incidentLike();
            String district = sentence.district();
            DateMention date =
                    sentence.dates().isEmpty() ? null : sentence.dates().getFirst();
            if (paragraphDistrict == null) {
                paragraphDistrict = district;
            }
            if (paragraphDate == null && date != null && date.precision() == DatePrecision.DAY) {
                paragraphDate = date;
            }
            boolean opener = incident && !incidentInParagraph;
            // a paragraph telling of another day ("On Thursday, armed men abducted...") is another incident
            boolean anotherDay = opener
                    && paragraphDate != null
                    && currentDate != null
                    && (paragraphDate.to().isBefore(currentDate.from())
                            || paragraphDate.from().isAfter(currentDate.to()));
            boolean anotherDistrict = opener
                    && paragraphDistrict != null
                    && currentDistrict != null
                    && !paragraphDistrict.equals(currentDistrict)
                    && (sentence.strength() >= 2 && !sentence.casualties().isEmpty() || sentence.strength() >= 2.5);
            // "In Dera Ghazi Khan, three suspects were held": a place-led sentence in another district
            boolean placeLed = sentence.placeLed()
                    && district != null
                    && currentDistrict != null
                    && !district.equals(currentDistrict);
            // "On Wednesday night, militants fired rockets at a post in Daraban": an account that opens
            // with another day than the one before it in the paragraph is another incident
            boolean opensWithAnotherDay = incident
                    && !opener
                    && current != null
                    && currentDate != null
                    && date != null
                    && date.start() - sentence.sentence().start() <= 3
                    && date.precision() == DatePrecision.DAY
                    && (date.to().isBefore(currentDate.from()) || date.from().isAfter(currentDate.to()));
            // "... including the suicide attack on a convoy in Mir Ali on 5 May": an account in the
            // middle of another that dates itself days before it recalls an older incident, which
            // this report does not report on: its words are left out of both
            boolean recalled = incident
                    && !opener
                    && current != null
                    && currentDate != null
                    && date != null
                    && date.precision() == DatePrecision.DAY
                    && date.to().isBefore(currentDate.from().minusDays(2));
            // the headline and the lead tell of the same incident
            boolean afterHeadlineOnly = current != null
                    && current.getLast().sentence().start() < bodyStart
                    && sentence.sentence().start() >= bodyStart;
            boolean startsNew = incident
                    && !afterHeadlineOnly
                    && (current == null
                            || sentence.separator()
                            || sentence.background()
                            || anotherDay
                            || anotherDistrict
                            || placeLed
                            || opensWithAnotherDay);
            if (recalled) {
                continue;
            }
            if (startsNew) {
                List<Analysed> opening = new ArrayList<>();
                if (!sentence.separator() && !sentence.paragraphStart()) {
                    // the paragraph's opening lines told before this account belong to it
                    if (current == null) {
                        for (Analysed before : sentences.subList(0, sentences.indexOf(sentence))) {
                            if (before.paragraph() == paragraph
                                    && before.sentence().start() >= bodyStart) {
                                opening.add(before);
                            }
                        }
                    } else {
                        while (current.size() > 1
                                && current.getLast().paragraph() == paragraph
                                && !current.getLast().incidentLike()) {
                            opening.addFirst(current.removeLast());
                        }
                    }
                }
                current = new ArrayList<>(opening);
                groups.add(current);
                currentDistrict = paragraphDistrict != null && !placeLed ? paragraphDistrict : district;
                currentDate = opensWithAnotherDay || paragraphDate == null ? date : paragraphDate;
            }
            if (incident) {
                incidentInParagraph = true;
            }
            if (current != null) {
                current.add(sentence);
                if (currentDistrict == null) {
                    currentDistrict = district;
                }
                if (currentDate == null) {
                    currentDate = date;
                }
            }
        }
        if (groups.isEmpty()) {
            // a summary with no incident after it is the only account there is: "militants detonated
            // explosives in Khuzdar ... as part of a series of attacks"
            for (int i = 0; i < sentences.size(); i++) {
                Analysed sentence = sentences.get(i);
                if (sentence.summary()
                        && (sentence.strength() >= 1.5
                                || !sentence.casualties().isEmpty() && sentence.strength() > 0)) {
                    groups.add(sentences.subList(i, sentences.size()));
                    break;
                }
            }
        }
        if (groups.isEmpty()) {
            // a report of a claim alone is the account of the incident it claims; one of a protest
            // or a funeral, of the incident it names
            for (int i = 0; i < sentences.size(); i++) {
                Analysed sentence = sentences.get(i);
                if ((sentence.claim() || sentence.reference() != null) && !sentence.background()) {
                    groups.add(sentences.subList(i, sentences.size()));
                    break;
                }
            }
        }
        if (groups.isEmpty()) {
            // a statement on one attack that names where it was is a report of it when it gives the
            // toll, though its words are weak ("the cowardly attack") and the toll comes later
            for (int i = 0; i < sentences.size(); i++) {
                Analysed sentence = sentences.get(i);
                List<Analysed> rest = sentences.subList(i, sentences.size());
                if (sentence.statement()
                        && sentence.strength() >= 1
                        && sentence.district() != null
                        && !sentence.background()
                        && rest.stream().anyMatch(later -> !later.casualties().isEmpty())) {
                    groups.add(rest);
                    break;
                }
            }
        }
        return groups;
    }

    private @Nullable Observation observe(
            List<Analysed> group, List<Analysed> all, LocalDateTime published, String text, int bodyStart) {
        double attack = 0;
        double noIncident = 0;
        Map<EventType, Double> votes = new EnumMap<>(EventType.class);
        List<Observation.Span> evidence = new ArrayList<>();
        for (Analysed sentence : group) {
            noIncident += sentence.noIncident();
            for (EventTrigger trigger : sentence.triggers()) {
                votes.merge(trigger.type(), trigger.weight(), Double::sum);
                attack += trigger.weight();
                evidence.add(new Observation.Span(trigger.start(), trigger.end()));
            }
        }
        boolean casualties =
                group.stream().anyMatch(sentence -> !sentence.casualties().isEmpty());
        List<Target> targets = targets(group);
        // a claim of responsibility for "Monday night's attack" tells of an attack, toll or not
        boolean claimed = group.stream().anyMatch(Analysed::claim);
        // weak wording ("fired at", "opened fire") is an incident when it names casualties or a target
        // and so is an incident named in passing ("Wednesday's killing of ...") in a report with no other
        DateMention referencedDay =
                group.getFirst().incidentLike() ? null : group.getFirst().reference();
        boolean referenced = referencedDay != null;
        boolean weak = attack < 2 && !casualties && !claimed && !referenced && (attack < 1.5 || targets.isEmpty());
        // a statement on one attack that gives its toll (the group opens with it, no account
        // stronger): its condemnation is no sign of no incident; one without a toll tells nothing
        // of the attack and stays none, as an attack merely condemned is reported by others
        if (casualties
                && !claimed
                && group.getFirst().statement()
                && !group.getFirst().incidentLike()) {
            noIncident -= group.stream().mapToDouble(Analysed::condemned).sum();
        }
        if (votes.isEmpty() || weak || noIncident >= attack) {
            return null;
        }
        EventType type = choose(votes, group);
        double total = votes.values().stream().mapToDouble(Double::doubleValue).sum();
        double typeConfidence = Math.round(votes.getOrDefault(type, 0.0) / total * 100) / 100.0;

        DateMention date = referenced ? referencedDay : firstDate(group);
        if (date == null) {
            // a round-up's later paragraphs seldom repeat the day: the nearest day told before them,
            // or the lead's
            int start = all.indexOf(group.getFirst());
            for (int i = start - 1; i >= 0 && date == null; i--) {
                Analysed before = all.get(i);
                if (!before.background() && !before.dates().isEmpty()) {
                    DateMention mention = before.dates().getFirst();
                    date = mention.precision() == DatePrecision.DAY ? mention : null;
                }
            }
            if (date == null) {
                date = firstDate(all.subList(0, Math.min(3, all.size())));
            }
            if (date == null) {
                // only the day it was told: the incident was that day or before
                date = group.stream()
                        .flatMap(sentence -> sentence.toldDates().stream())
                        .findFirst()
                        .orElse(null);
            }
        }
        LocalDate day = published.toLocalDate();
        LocalDate dateValue = date == null ? day : date.date();
        LocalDate from = date == null ? day.minusDays(1) : date.from();
        LocalDate to = date == null ? day : date.to();
        DatePrecision precision = date == null ? DatePrecision.DAY : date.precision();
        if (date != null) {
            evidence.add(new Observation.Span(date.start(), date.end()));
        }

        Place place = bestPlace(group);
        if (place == null) {
            place = bestPlace(all);
        }
        if (place == null) {
            place = dateline(all);
        }
        Observation.Location location = null;
        if (place != null) {
            GeoCandidate candidate = place.candidate();
            location = new Observation.Location(
                    candidate.path().province().code().value(),
                    candidate.districtCode() == null
                            ? null
                            : candidate.districtCode().value(),
                    candidate.path().tehsil() == null
                            ? null
                            : candidate.path().tehsil().code().value(),
                    candidate.place(),
                    candidate.lat(),
                    candidate.lon(),
                    candidate.precision());
            evidence.add(new Observation.Span(place.start(), place.end()));
        }

        if (location != null && location.place() == null && fineness(location.precision())) {
            PlaceHint hint = firstHint(group);
            if (hint != null) {
                location = new Observation.Location(
                        location.provincePcode(),
                        location.districtPcode(),
                        location.tehsilPcode(),
                        hint.name(),
                        location.lat(),
                        location.lon(),
                        location.precision());
                evidence.add(new Observation.Span(hint.start(), hint.end()));
            }
        }
        Observation.Count killed = count(group, CasualtyMention.Kind.KILLED, evidence, text, bodyStart);
        Observation.Count injured = count(group, CasualtyMention.Kind.INJURED, evidence, text, bodyStart);
        Observation.Count militants = count(group, CasualtyMention.Kind.MILITANTS_KILLED, evidence, text, bodyStart);
        Observation.Perpetrator perpetrator = perpetrator(group, all, evidence);
        double confidence = Math.min(
                1.0, Math.round((attack / 4.0 + (casualties ? 0.25 : 0) + (place != null ? 0.15 : 0)) * 100) / 100.0);
        evidence.sort(Comparator.comparingInt(Observation.Span::start));
        return new Observation(
                type,
                typeConfidence,
                precision == DatePrecision.DAY ? dateValue : null,
                from,
                to,
                precision,
                // an incident named in passing takes no time from the protest or funeral naming it
                referenced
                        ? null
                        : timeOfDay(
                                group,
                                precision == DatePrecision.DAY
                                        && published.toLocalDate().equals(dateValue)),
                location,
                killed,
                injured,
                militants,
                targets,
                perpetrator,
                evidence,
                confidence,
                VERSION,
                false);
    }

    /**
     * The first clock time the mention gives, else the first part of the day it names; "this
     * morning" only when the incident happened on the day of publication (the curfew imposed during
     * yesterday's operation was lifted this morning).
     */
    private static @Nullable TimeOfDay timeOfDay(List<Analysed> group, boolean onPublicationDay) {
        for (Analysed sentence : group) {
            if (sentence.clock() != null) {
                return sentence.clock();
            }
        }
        for (Analysed sentence : group) {
            if (sentence.partOfDay() != null && (onPublicationDay || !sentence.partOfDayIsToday())) {
                return sentence.partOfDay();
            }
        }
        return null;
    }

    /** The type with most trigger weight; a suicide attack or an air strike named anywhere wins. */
    private static EventType choose(Map<EventType, Double> votes, List<Analysed> group) {
        if (votes.getOrDefault(EventType.SUICIDE_ATTACK, 0.0) >= 2.5) {
            return EventType.SUICIDE_ATTACK;
        }
        if (votes.getOrDefault(EventType.AIR_STRIKE, 0.0) >= 3) {
            return EventType.AIR_STRIKE;
        }
        boolean militantsOnly = group.stream()
                .flatMap(sentence -> sentence.casualties().stream())
                .allMatch(mention -> mention.kind() == CasualtyMention.Kind.MILITANTS_KILLED);
        if (militantsOnly && votes.getOrDefault(EventType.SECURITY_OPERATION, 0.0) >= 2) {
            return EventType.SECURITY_OPERATION;
        }
        EventType top = votes.entrySet().stream()
                .max(Map.Entry.<EventType, Double>comparingByValue()
                        .thenComparing(entry -> -entry.getKey().ordinal()))
                .orElseThrow()
                .getKey();
        boolean militantsKilled = group.stream()
                .flatMap(sentence -> sentence.casualties().stream())
                .anyMatch(mention -> mention.kind() == CasualtyMention.Kind.MILITANTS_KILLED && mention.value() > 0);
        // an exchange of fire in which only militants died is the state's operation, not a clash
        return top == EventType.ARMED_CLASH && militantsOnly && militantsKilled ? EventType.SECURITY_OPERATION : top;
    }

    private static @Nullable DateMention firstDate(List<Analysed> sentences) {
        for (Analysed sentence : sentences) {
            if (!sentence.dates().isEmpty()) {
                return sentence.dates().getFirst();
            }
        }
        return null;
    }

    /**
     * The finest place named, earliest first; but a village or tehsil outside every district (or
     * province) the same sentences name outright is a misreading of an ambiguous small name:
     * "Balgatar city (Kech district)" is in Kech even if another Balgatar is not.
     */
    private static @Nullable Place bestPlace(List<Analysed> sentences) {
        Set<String> districts = new LinkedHashSet<>();
        Set<String> provinces = new LinkedHashSet<>();
        for (Analysed sentence : sentences) {
            for (Place place : sentence.places()) {
                GeoCandidate candidate = place.candidate();
                if (candidate.precision() == GeoPrecision.DISTRICT && candidate.districtCode() != null) {
                    districts.add(candidate.districtCode().value());
                }
                if (candidate.precision() == GeoPrecision.PROVINCE) {
                    provinces.add(candidate.path().province().code().value());
                }
            }
        }
        Place best = null;
        boolean settled = false;
        for (Analysed sentence : sentences) {
            for (Place place : sentence.places()) {
                if (rank(place) < 3 && contradicts(place.candidate(), districts, provinces)) {
                    continue;
                }
                // once a sentence has named the district ("Blast in Bajaur"), later ones may only
                // narrow it down within that district ("in the Nawagai area of Bajaur")
                boolean narrows = !settled || sameDistrict(place, best);
                if (narrows && (best == null || rank(place) < rank(best))) {
                    best = place;
                }
            }
            if (best != null && rank(best) <= 2) {
                return best;
            }
            settled = best != null && rank(best) <= 3;
        }
        return best;
    }

    private static boolean sameDistrict(Place place, @Nullable Place other) {
        return other != null
                && place.candidate().districtCode() != null
                && place.candidate().districtCode().equals(other.candidate().districtCode());
    }

    private static boolean contradicts(GeoCandidate candidate, Set<String> districts, Set<String> provinces) {
        String district = candidate.districtCode() == null
                ? null
                : candidate.districtCode().value();
        boolean outsideDistricts = !districts.isEmpty() && (district == null || !districts.contains(district));
        boolean outsideProvinces = !provinces.isEmpty()
                && !provinces.contains(candidate.path().province().code().value());
        return outsideDistricts || outsideProvinces;
    }

    /** A district or tehsil reading leaves room for the village or area the report names. */
    private static boolean fineness(org.fusioncentre.geo.GeoPrecision precision) {
        return precision == GeoPrecision.DISTRICT || precision == GeoPrecision.TEHSIL;
    }

    private static @Nullable PlaceHint firstHint(List<Analysed> group) {
        for (Analysed sentence : group) {
            if (!sentence.placeHints().isEmpty()) {
                return sentence.placeHints().getFirst();
            }
        }
        return null;
    }

    /** Finer is better, but a whole province or division is a last resort. */
    private static int rank(Place place) {
        return switch (place.candidate().precision()) {
            case POINT, PLACE -> 1;
            case TEHSIL -> 2;
            case DISTRICT -> 3;
            case DIVISION -> 4;
            case PROVINCE -> 5;
        };
    }

    private static Observation.@Nullable Count count(
            List<Analysed> group,
            CasualtyMention.Kind kind,
            List<Observation.Span> evidence,
            String text,
            int bodyStart) {
        CasualtyMention best = null;
        for (Analysed sentence : group) {
            for (CasualtyMention mention : sentence.casualties()) {
                if (mention.kind() != kind) {
                    continue;
                }
                // a stated toll supersedes the figures it updates; otherwise the first figure, which
                // in news copy is the lead's summary (later figures break it down or tell of others);
                // the body's lead before the headline, which abbreviates ("Two soldiers, civilian martyred")
                boolean headline = mention.start() < bodyStart;
                if (best == null
                        || mention.toll() && (!best.toll() || mention.value() > best.value())
                        || !mention.toll() && !best.toll() && best.start() < bodyStart && !headline) {
                    best = mention;
                }
            }
        }
        if (best == null) {
            return null;
        }
        // "two soldiers and a civilian were martyred": figures right after the best one, in its
        // sentence and joined to it, add up; "five people, including three policemen" breaks down
        CasualtyMention chosen = best;
        long sum = chosen.value();
        int reach = chosen.end();
        List<CasualtyMention> following = group.get(sentenceOf(group, chosen)).casualties().stream()
                .filter(mention -> mention.start() > chosen.start())
                .sorted(Comparator.comparingInt(CasualtyMention::start))
                .toList();
        for (CasualtyMention mention : following) {
            if (mention.kind() != kind || mention.toll()) {
                continue;
            }
            String between = text.substring(Math.min(reach, mention.start()), mention.start());
            if (between.length() > 40 || BREAKDOWN.matcher(between).find()) {
                break;
            }
            sum += mention.value();
            reach = mention.end();
        }
        evidence.add(new Observation.Span(best.start(), best.end()));
        return new Observation.Count(sum, best.qualifier());
    }

    private static int sentenceOf(List<Analysed> group, CasualtyMention mention) {
        for (int i = 0; i < group.size(); i++) {
            if (group.get(i).casualties().contains(mention)) {
                return i;
            }
        }
        return -1;
    }

    /** Organisations and the broader names that cover them (official terms, parent groups). */
    private static final Map<String, Set<String>> BROADER = Map.of(
            "BLA_MAJEED", Set.of("BLA", "BALOCH_SEPARATISTS"),
            "BLA", Set.of("BALOCH_SEPARATISTS"),
            "BLF", Set.of("BALOCH_SEPARATISTS"),
            "BRAS", Set.of("BALOCH_SEPARATISTS"),
            "BRG", Set.of("BALOCH_SEPARATISTS"),
            "JUA", Set.of("TTP"),
            "HGB", Set.of("TTP"));

    /**
     * Who did it: a claim of responsibility wins over an official's attribution and a suspicion;
     * among equals, a named group wins over the broader term that covers it ("Fitna al-Hindustan"
     * and then "the BLA claimed"); otherwise the first named.
     */
    private static Observation.@Nullable Perpetrator perpetrator(
            List<Analysed> group, List<Analysed> all, List<Observation.Span> evidence) {
        OrganisationMention best = null;
        ClaimStatus bestStatus = null;
        for (Analysed sentence : group) {
            for (OrganisationMention mention : sentence.organisations()) {
                ClaimStatus status = strongestStatus(mention.code(), all);
                boolean claimedOverNot = status == ClaimStatus.CLAIMED && bestStatus != ClaimStatus.CLAIMED;
                boolean narrower = status == bestStatus
                        && best != null
                        && BROADER.getOrDefault(mention.code(), Set.of()).contains(best.code());
                if (best == null || claimedOverNot || narrower) {
                    best = mention;
                    bestStatus = status;
                }
            }
        }
        if (best == null) {
            return null;
        }
        evidence.add(new Observation.Span(best.start(), best.end()));
        return new Observation.Perpetrator(best.code(), bestStatus);
    }

    /** The firmest status the report gives an organisation anywhere: claimed, attributed, suspected. */
    private static ClaimStatus strongestStatus(String code, List<Analysed> all) {
        ClaimStatus status = ClaimStatus.SUSPECTED;
        for (Analysed sentence : all) {
            for (OrganisationMention mention : sentence.organisations()) {
                if (mention.code().equals(code) && mention.status().ordinal() < status.ordinal()) {
                    status = mention.status();
                }
            }
        }
        return status;
    }

    private static List<Target> targets(List<Analysed> group) {
        Set<Target> found = EnumSet.noneOf(Target.class);
        for (Analysed sentence : group) {
            Set<String> words = new LinkedHashSet<>();
            for (String word :
                    sentence.sentence().text().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                words.add(word);
            }
            for (Map.Entry<Target, Set<String>> entry : TARGET_WORDS.entrySet()) {
                for (String word : entry.getValue()) {
                    if (words.contains(word)) {
                        found.add(entry.getKey());
                    }
                }
            }
        }
        return List.copyOf(found);
    }

    private static boolean repeats(Observation candidate, List<Observation> kept) {
        for (Observation other : kept) {
            boolean samePlace = candidate.location() != null
                    && other.location() != null
                    && java.util.Objects.equals(
                            candidate.location().districtPcode(),
                            other.location().districtPcode());
            boolean sameFamily =
                    candidate.eventType().family() == other.eventType().family();
            boolean overlapping = !candidate.dateFrom().isAfter(other.dateTo())
                    && !other.dateFrom().isAfter(candidate.dateTo());
            // "a bomb in Domel at 7:45am ... hours later, at 11pm, an attack in Baka Khel": told apart
            boolean toldApart = candidate.time() != null
                            && other.time() != null
                            && !candidate.time().overlaps(other.time())
                    || samePlace
                            && candidate.location().tehsilPcode() != null
                            && other.location().tehsilPcode() != null
                            && !candidate
                                    .location()
                                    .tehsilPcode()
                                    .equals(other.location().tehsilPcode());
            if (samePlace && sameFamily && overlapping && !toldApart) {
                return true;
            }
        }
        return false;
    }

    /**
     * The text that decides ambiguous place names: the title and lead, where reports name the
     * district and province. One object per report, so the gazetteer scans it once.
     */
    private static ResolveContext contextOf(String text) {
        return ResolveContext.of(text.length() > CONTEXT_LENGTH ? text.substring(0, CONTEXT_LENGTH) : text);
    }

    /** Capitalised word runs that the gazetteer knows, best reading each. */
    private List<Place> places(
            Sentences.Sentence sentence, String text, ResolveContext context, List<PlaceHint> hints) {
        List<Place> found = new ArrayList<>();
        List<Numbers.Token> tokens = Numbers.Token.words(sentence.text());
        int i = 0;
        while (i < tokens.size()) {
            if (!capitalised(sentence.text(), tokens.get(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end + 1 < tokens.size()
                    && end - i < 4
                    && capitalised(sentence.text(), tokens.get(end + 1))
                    && joined(sentence.text(), tokens.get(end), tokens.get(end + 1))) {
                end++;
            }
            if (i > 0 && DIRECTION_WORDS.contains(tokens.get(i - 1).lower())
                    || afterHospital(tokens, i)
                    || route(sentence.text(), tokens, i, end)) {
                // "a train to Peshawar", "fled towards Afghanistan", "the Combined Military Hospital
                // Quetta", "a hospital in Peshawar": not where it happened
                i = end + 1;
                continue;
            }
            Contained contained = containedPlace(sentence, tokens, i, end, context);
            if (contained != null) {
                found.add(contained.place());
                i = contained.nextToken();
                continue;
            }
            boolean matched = false;
            for (int last = end; last >= i && !matched; last--) {
                for (int first = i; first <= last && !matched; first++) {
                    int from = tokens.get(first).start();
                    int to = tokens.get(last).end();
                    String mention = sentence.text().substring(from, to);
                    if (isDateline(text, sentence.start() + from, sentence.start() + to)) {
                        continue; // where a statement was issued, not where it happened
                    }
                    if (first > i && afterHospital(tokens, first)) {
                        continue; // "CMH Bannu", "DHQ Hospital Timergara": where the wounded were taken
                    }
                    List<GeoCandidate> candidates = geocoding.resolve(mention, context);
                    if (!candidates.isEmpty()) {
                        found.add(new Place(candidates.getFirst(), sentence.start() + from, sentence.start() + to));
                        matched = true;
                        i = last;
                    }
                }
            }
            if (!matched && i > 0 && LOCATIVES.contains(tokens.get(i - 1).lower()) && !unplaceable(tokens, i, end)) {
                int from = tokens.get(i).start();
                int to = tokens.get(end).end();
                hints.add(new PlaceHint(
                        sentence.text().substring(from, to), sentence.start() + from, sentence.start() + to));
            }
            i = Math.max(i, end) + 1;
        }
        return found;
    }

    private static final Set<String> LOCATIVES = Set.of("in", "at", "near", "outside");

    private static final Set<String> ROUTE_WORDS = Set.of(
            "highway",
            "road",
            "motorway",
            "railway",
            "track",
            "line",
            "section",
            "route",
            "coach",
            "bus",
            "train",
            "express",
            "pipeline",
            "convoy");

    /**
     * Whether a run of names is a route's ends, not where it happened: "near Wadh on the
     * Karachi-Quetta highway", "a Quetta-Turbat coach", "the Bannu-Miran Shah road", or a
     * destination: "a Quetta-bound train".
     */
    private static boolean route(String sentence, List<Numbers.Token> tokens, int first, int last) {
        if (last + 1 < tokens.size()
                && tokens.get(last + 1).lower().equals("bound")
                && sentence.startsWith("-", tokens.get(last).end())) {
            return true;
        }
        boolean hyphened = false;
        for (int k = first; k < last; k++) {
            hyphened |= sentence.startsWith("-", tokens.get(k).end());
        }
        return hyphened
                && last + 1 < tokens.size()
                && ROUTE_WORDS.contains(tokens.get(last + 1).lower());
    }

    private static final Set<String> NOT_PLACES = java.util.stream.Stream.concat(
                    Casualties.MONTHS.stream(),
                    Set.of(
                            "the",
                            "police",
                            "station",
                            "monday",
                            "tuesday",
                            "wednesday",
                            "thursday",
                            "friday",
                            "saturday",
                            "sunday",
                            "pakistan",
                            "khyber",
                            "punjab",
                            "sindh",
                            "balochistan")
                            .stream())
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Runs that are a weekday, a month, a province or an institution's generic words, not a place. */
    private static boolean unplaceable(List<Numbers.Token> tokens, int first, int last) {
        for (int k = first; k <= last; k++) {
            if (!NOT_PLACES.contains(tokens.get(k).lower())) {
                return false;
            }
        }
        return true;
    }

    private record Contained(Place place, int nextToken) {}

    /**
     * "Shah-e-Mardan area of Kalat district", "a village in Kech": the whole phrase goes to the
     * geocoder, which places a known village inside its district, or keeps an unknown one as the
     * place within the district named.
     */
    private @Nullable Contained containedPlace(
            Sentences.Sentence sentence, List<Numbers.Token> tokens, int first, int last, ResolveContext context) {
        Matcher link = CONTAINER_LINK
                .matcher(sentence.text())
                .region(tokens.get(last).end(), sentence.text().length());
        if (!link.lookingAt()) {
            return null;
        }
        int next = -1;
        for (int k = last + 1; k < tokens.size(); k++) {
            if (tokens.get(k).start() == link.end()) {
                next = k;
                break;
            }
        }
        if (next < 0 || !capitalised(sentence.text(), tokens.get(next))) {
            return null;
        }
        int end = next;
        while (end + 1 < tokens.size()
                && end - next < 4
                && capitalised(sentence.text(), tokens.get(end + 1))
                && joined(sentence.text(), tokens.get(end), tokens.get(end + 1))) {
            end++;
        }
        int to = tokens.get(end).end();
        if (end + 1 < tokens.size() && tokens.get(end + 1).lower().equals("district")) {
            to = tokens.get(end + 1).end();
        }
        int from = tokens.get(first).start();
        List<GeoCandidate> candidates = geocoding.resolve(sentence.text().substring(from, to), context);
        if (candidates.isEmpty()) {
            return null;
        }
        return new Contained(new Place(candidates.getFirst(), sentence.start() + from, sentence.start() + to), end + 1);
    }

    /**
     * "QUETTA:", "RAWALPINDI (Crescent):" or "BANNU / LAKKI MARWAT:" opening a paragraph: a
     * dateline, in capitals up to a colon near the paragraph's start.
     */
    private static boolean isDateline(String text, int start, int end) {
        int paragraph = start;
        while (paragraph > 0 && text.charAt(paragraph - 1) != '\n' && start - paragraph < 60) {
            paragraph--;
        }
        if (paragraph > 0 && text.charAt(paragraph - 1) != '\n') {
            return false;
        }
        int colon = datelineSeparator(text, end);
        if (colon < 0 || colon - paragraph > 60) {
            return false;
        }
        // the place in capitals ("QUETTA", "BANNU / LAKKI MARWAT"), then perhaps a date or an agency
        boolean inParentheses = false;
        int capitals = 0;
        for (int i = paragraph; i < colon; i++) {
            char c = text.charAt(i);
            inParentheses = c == '(' || inParentheses && c != ')';
            if (Character.isLowerCase(c) && !inParentheses) {
                return capitals >= 3 && text.substring(paragraph, i).contains(",") && i > end;
            }
            if (Character.isUpperCase(c)) {
                capitals++;
            }
        }
        return true;
    }

    /** The first colon, or dash between spaces ("QUETTA - "), at or after {@code from}; -1 if none near. */
    private static int datelineSeparator(String text, int from) {
        int limit = Math.min(text.length(), from + 80);
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            if (c == ':') {
                return i;
            }
            if ((c == '-' || c == '\u2013' || c == '\u2014')
                    && i > 0
                    && text.charAt(i - 1) == ' '
                    && i + 1 < text.length()
                    && text.charAt(i + 1) == ' ') {
                return i;
            }
            if (c == '\n') {
                return -1;
            }
        }
        return -1;
    }

    /** Where a dateline opening the text at {@code start} ends (its colon or dash), or -1. */
    private static int datelineEnd(String text, int start) {
        if (!paragraphStart(text, start)) {
            return -1;
        }
        int colon = datelineSeparator(text, start);
        if (colon < 0 || colon - start > 50) {
            return -1;
        }
        // the place's first word, or its first words where they are initials: "DI KHAN", "D.I. KHAN"
        int firstWordEnd = start;
        int letters = 0;
        while (firstWordEnd < colon
                && (Character.isLetter(text.charAt(firstWordEnd))
                        || letters < 3 && initialsGoOn(text, firstWordEnd, colon))) {
            if (Character.isLetter(text.charAt(firstWordEnd))) {
                letters++;
            }
            firstWordEnd++;
        }
        return letters >= 3 && isDateline(text, start, firstWordEnd) ? colon : -1;
    }

    /** Whether a dot or space at {@code i} runs on to another capital: "D.I. KHAN", "D. I. KHAN", "DI KHAN". */
    private static boolean initialsGoOn(String text, int i, int end) {
        char c = text.charAt(i);
        if (c != '.' && c != ' ') {
            return false;
        }
        int next = i + 1;
        if (c == '.' && next < end && text.charAt(next) == ' ') {
            next++;
        }
        return next < end && Character.isUpperCase(text.charAt(next));
    }

    /** The dateline's place, the last resort for an incident's location. */
    private @Nullable Place dateline(List<Analysed> sentences) {
        for (Analysed analysed : sentences) {
            Sentences.Sentence sentence = analysed.sentence();
            int colon = sentence.text().indexOf(':');
            if (colon > 0 && colon < 40) {
                // "BANNU, Nov 2 (IW):" names Bannu: the date and the agency go
                String name = sentence.text()
                        .substring(0, colon)
                        .replaceAll("\\s*\\(.*\\)$", "")
                        .replaceAll(",.*$", "")
                        .strip();
                List<GeoCandidate> candidates = geocoding.resolve(name, ResolveContext.none());
                if (!candidates.isEmpty()) {
                    return new Place(candidates.getFirst(), sentence.start(), sentence.start() + name.length());
                }
            }
        }
        return null;
    }

    private static boolean capitalised(String text, Numbers.Token token) {
        char c = text.charAt(token.start());
        return Character.isUpperCase(c) || c >= 0x0600 && c <= 0x06FF;
    }

    /** Two words belong to one name when only a space, a hyphen or a full stop and space separate them. */
    private static boolean joined(String text, Numbers.Token left, Numbers.Token right) {
        String between = text.substring(left.end(), right.start());
        return between.equals(" ")
                || between.equals("-")
                || between.equals(". ")
                || between.equals(".")
                || between.equals("-e-");
    }

    private static List<EventTrigger> shift(List<EventTrigger> found, int offset) {
        return found.stream()
                .map(t -> new EventTrigger(t.type(), t.weight(), t.start() + offset, t.end() + offset))
                .toList();
    }

    private static List<CasualtyMention> shiftCasualties(List<CasualtyMention> found, int offset) {
        return found.stream()
                .map(c -> new CasualtyMention(
                        c.kind(), c.value(), c.qualifier(), c.start() + offset, c.end() + offset, c.toll()))
                .toList();
    }

    private static List<DateMention> shiftDates(List<DateMention> found, int offset) {
        return found.stream()
                .map(d -> new DateMention(
                        d.date(), d.from(), d.to(), d.precision(), d.start() + offset, d.end() + offset))
                .toList();
    }

    private static List<OrganisationMention> shiftOrganisations(List<OrganisationMention> found, int offset) {
        return found.stream()
                .map(o -> new OrganisationMention(o.code(), o.status(), o.start() + offset, o.end() + offset))
                .toList();
    }

    private static Map<Target, Set<String>> targetWords() {
        Map<Target, Set<String>> words = new EnumMap<>(Target.class);
        words.put(
                Target.SECURITY_FORCES,
                Set.of(
                        "soldiers",
                        "soldier",
                        "troops",
                        "fc",
                        "frontier",
                        "police",
                        "policemen",
                        "policeman",
                        "levies",
                        "personnel",
                        "convoy",
                        "checkpost",
                        "post",
                        "checkpoint",
                        "army",
                        "jawans",
                        "cops",
                        "constable",
                        "constables",
                        "ctd",
                        "rangers",
                        "cantonment"));
        words.put(
                Target.CIVILIANS,
                Set.of(
                        "civilians",
                        "civilian",
                        "passengers",
                        "labourers",
                        "workers",
                        "villagers",
                        "residents",
                        "shoppers",
                        "bystanders",
                        "passers",
                        "people",
                        "children",
                        "women"));
        words.put(Target.FOREIGN_NATIONALS, Set.of("chinese", "foreigners", "foreign", "nationals", "afghan"));
        words.put(
                Target.GOVERNMENT,
                Set.of(
                        "officials",
                        "official",
                        "government",
                        "deputy",
                        "commissioner",
                        "administration",
                        "tehsildar",
                        "judge"));
        words.put(
                Target.INFRASTRUCTURE,
                Set.of("pipeline", "pylon", "pylons", "tower", "towers", "railway", "track", "bridge", "grid"));
        words.put(
                Target.RELIGIOUS,
                Set.of("mosque", "imambargah", "church", "temple", "shrine", "worshippers", "cleric", "pilgrims"));
        words.put(Target.EDUCATION, Set.of("school", "college", "university", "teacher", "teachers", "students"));
        words.put(Target.HEALTH, Set.of("polio", "vaccinators", "vaccination", "hospital", "doctor", "health"));
        words.put(Target.MEDIA, Set.of("journalist", "journalists", "reporter", "press"));
        words.put(
                Target.POLITICAL,
                Set.of("rally", "candidate", "party", "politician", "lawmaker", "mna", "mpa", "election"));
        return words;
    }
}
