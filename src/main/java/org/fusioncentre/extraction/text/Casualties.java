package org.fusioncentre.extraction.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Casualty figures in a sentence: who was killed or injured, how many, separating militants
 * killed from their victims. Handles the forms reports use: "27 people were killed", "killing
 * seven", "two soldiers and a civilian were martyred", "three FC personnel embraced martyrdom",
 * "the death toll rose to 32", "3 dead and 11 injured", "seven terrorists were neutralised".
 */
public final class Casualties {
    private static final int WINDOW = 14;
    private static final Set<String> KILL_WORDS = Set.of(
            "killed",
            "dead",
            "died",
            "martyred",
            "martyrs",
            "martyrdom",
            "shahadat",
            "shaheed",
            "succumbed",
            "perished",
            "bodies",
            "lives",
            "slain",
            "deaths",
            "fatalities",
            "fatality",
            "killing",
            "martyring",
            "death");
    /** Words reports use only for militants' deaths: "sent two of them to hell", "neutralised". */
    private static final Set<String> MILITANT_FATES = Set.of("hell", "neutralised", "neutralized", "eliminated");

    private static final Set<String> INJURE_WORDS =
            Set.of("injured", "wounded", "hurt", "injuries", "injuring", "wounding", "critically");
    private static final Set<String> ACTIVE_BEFORE = Set.of(
            "killing",
            "killed",
            "martyring",
            "martyred",
            "injuring",
            "injured",
            "wounding",
            "wounded",
            "claimed",
            "kill",
            "dead", // "shot dead three men"
            "down"); // "gunned down two policemen"
    private static final Set<String> MILITANT_NOUNS = Set.of(
            "militants",
            "militant",
            "terrorists",
            "terrorist",
            "khawarij",
            "kharijis",
            "khariji",
            "khwarij",
            "attackers",
            "attacker",
            "insurgents",
            "insurgent",
            "assailants",
            "assailant",
            "miscreants",
            "gunmen",
            "bombers",
            "bomber",
            "fighters",
            "rebels",
            "separatists",
            "dacoits",
            "outlaws");
    private static final Set<String> PERSON_NOUNS = Set.of(
            "civilian",
            "soldier",
            "policeman",
            "constable",
            "official",
            "officer",
            "child",
            "boy",
            "girl",
            "woman",
            "man",
            "passerby",
            "labourer",
            "worker",
            "teacher",
            "student",
            "journalist",
            "doctor",
            "driver",
            "passenger",
            "trader",
            "shopkeeper",
            "guard",
            "personnel",
            "jawan",
            "sepoy",
            "havildar",
            "naik",
            "subedar",
            "lieutenant",
            "captain",
            "major",
            "cleric",
            "elder",
            "leader",
            "militant",
            "terrorist",
            "attacker",
            "bomber",
            "levies",
            "levy",
            "engineer",
            "contractor",
            "tourist",
            "pilgrim",
            "member",
            "informant",
            "farmer",
            "shepherd",
            "resident",
            "youth",
            "person",
            "individual",
            "employee",
            "lawyer",
            "politician",
            "councillor",
            "activist",
            "watchman",
            "trooper",
            "commander",
            "sweeper",
            "vendor",
            "mason",
            "scholar",
            "inspector",
            "sub-inspector",
            "asi",
            "sho",
            "dsp",
            "imam",
            "passer",
            "peon",
            "chowkidar",
            "gunman",
            "naib",
            "lawmaker",
            "principal",
            "nurse",
            "vaccinator",
            "brother",
            "son",
            "father",
            "husband",
            "wife",
            "daughter",
            "mother");
    /** Things counted in reports that are not people: "two pistols ... recovered from the dead". */
    private static final Set<String> OBJECT_NOUNS = Set.of(
            "pistols",
            "pistol",
            "rifles",
            "rifle",
            "kalashnikovs",
            "grenades",
            "magazines",
            "rounds",
            "bullets",
            "vehicles",
            "vehicle",
            "cars",
            "trucks",
            "motorcycles",
            "houses",
            "shops",
            "buildings",
            "towers",
            "bombs",
            "rockets",
            "mortars",
            "shells",
            "kilograms",
            "kilogrammes",
            "kg",
            "litres",
            "metres",
            "minutes",
            "days",
            "weeks",
            "months",
            "villages",
            "schools",
            "bogies",
            "containers",
            "tankers",
            "suicide",
            "explosive",
            "hand",
            "laptops",
            "phones",
            "weapons",
            "times",
            "percent",
            "per",
            "cent");

    /** Month names and their short forms, lower case. */
    static final Set<String> MONTHS = Set.of(
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
            "jan",
            "feb",
            "mar",
            "apr",
            "jun",
            "jul",
            "aug",
            "sep",
            "sept",
            "oct",
            "nov",
            "dec");

    private static final Set<String> STOP_WORDS =
            Set.of("while", "whereas", "but", "however", "after", "before", "when");

    private Casualties() {}

    public static List<CasualtyMention> in(String sentence) {
        List<Numbers.Token> tokens = Numbers.Token.words(sentence);
        List<NumberPhrase> numbers = withSingles(Numbers.find(sentence), tokens);
        List<CasualtyMention> found = new ArrayList<>();
        for (int n = 0; n < numbers.size(); n++) {
            NumberPhrase number = numbers.get(n);
            int first = tokenAt(tokens, number.start());
            int last = tokenEndingAt(tokens, number.end());
            if (first < 0
                    || last < 0
                    || isAgeOrTime(tokens, last)
                    || isYear(sentence, number)
                    || first > 0 && MONTHS.contains(tokens.get(first - 1).lower())
                    || last + 1 < tokens.size()
                            && OBJECT_NOUNS.contains(tokens.get(last + 1).lower())) {
                continue;
            }
            // the word right before the figure, when nothing but a space separates them ("killing seven", not "killed,
            // scores")
            String before = first > 0
                            && sentence.substring(tokens.get(first - 1).end(), number.start())
                                    .isBlank()
                    ? tokens.get(first - 1).lower()
                    : "";
            if (before.equals("rescue")
                    || before.equals("helpline")
                    || before.equals("no.")
                    || before.equals("number")) {
                continue; // "Rescue 1122" is a service, not a count
            }
            boolean toll = isToll(tokens, first);
            CasualtyMention.Kind kind = null;
            int evidenceEnd = number.end();
            if (toll) {
                kind = CasualtyMention.Kind.KILLED;
            } else if (ACTIVE_BEFORE.contains(before)) {
                kind = before.startsWith("inj") || before.startsWith("wound")
                        ? CasualtyMention.Kind.INJURED
                        : CasualtyMention.Kind.KILLED;
                if (before.equals("claimed")
                        && !(last + 1 < tokens.size()
                                && tokens.get(last + 1).lower().equals("lives"))) {
                    kind = null;
                }
            }
            boolean militants = false;
            int limit = Math.min(tokens.size(), last + 1 + WINDOW);
            for (int i = last + 1; i < limit; i++) {
                String word = tokens.get(i).lower();
                if (i <= last + 3 && MILITANT_NOUNS.contains(word)) {
                    militants = true;
                }
                if (kind != null) {
                    if (militants || i > last + 3) {
                        break;
                    }
                    continue;
                }
                if (STOP_WORDS.contains(word)
                        || startsAnotherFigure(numbers, n, tokens.get(i).start(), tokens, last)) {
                    break;
                }
                if (KILL_WORDS.contains(word) || MILITANT_FATES.contains(word)) {
                    kind = CasualtyMention.Kind.KILLED;
                    militants |= MILITANT_FATES.contains(word);
                    evidenceEnd = tokens.get(i).end();
                    break;
                }
                if (INJURE_WORDS.contains(word)) {
                    kind = CasualtyMention.Kind.INJURED;
                    evidenceEnd = tokens.get(i).end();
                    break;
                }
            }
            if (kind == null) {
                kind = joinedToPrevious(found, tokens, first);
            }
            if (kind == null) {
                continue;
            }
            if (kind == CasualtyMention.Kind.KILLED && militants) {
                kind = CasualtyMention.Kind.MILITANTS_KILLED;
            }
            if (kind == CasualtyMention.Kind.INJURED && militants) {
                continue; // injured attackers are not counted
            }
            found.add(new CasualtyMention(kind, number.value(), number.qualifier(), number.start(), evidenceEnd, toll));
        }
        zeros(sentence, found);
        return found;
    }

    /**
     * "killing a security guard and a passer-by": a figure joined by "and" to the figure just
     * before it, with no verb between them, shares that figure's verb.
     */
    private static CasualtyMention.@Nullable Kind joinedToPrevious(
            List<CasualtyMention> found, List<Numbers.Token> tokens, int first) {
        if (found.isEmpty() || first == 0 || !tokens.get(first - 1).lower().equals("and")) {
            return null;
        }
        CasualtyMention previous = found.getLast();
        int gap = 0;
        for (int i = first - 2; i >= 0 && tokens.get(i).start() >= previous.start(); i--) {
            String word = tokens.get(i).lower();
            if (++gap > 6 || KILL_WORDS.contains(word) || INJURE_WORDS.contains(word) || STOP_WORDS.contains(word)) {
                return null;
            }
        }
        return previous.kind() == CasualtyMention.Kind.MILITANTS_KILLED ? null : previous.kind();
    }

    private static final String[][] ZERO_KILLED = {
        {"no loss of life"},
        {"no casualties"},
        {"no one was killed"},
        {"no one died"},
        {"nobody was killed"},
        {"no fatalities"},
        {"no life was lost"}
    };
    private static final String[][] ZERO_INJURED = {
        {"no one was hurt"},
        {"no one was injured"},
        {"nobody was hurt"},
        {"nobody was injured"},
        {"no injuries"},
        {"no one was wounded"}
    };

    /** "no loss of life", "no one was hurt": stated zeros, unless a figure of that kind is already there. */
    private static void zeros(String sentence, List<CasualtyMention> found) {
        String lower = sentence.toLowerCase(java.util.Locale.ROOT);
        addZero(lower, ZERO_KILLED, CasualtyMention.Kind.KILLED, found);
        addZero(lower, ZERO_INJURED, CasualtyMention.Kind.INJURED, found);
    }

    private static void addZero(
            String lower, String[][] phrases, CasualtyMention.Kind kind, List<CasualtyMention> found) {
        if (found.stream().anyMatch(mention -> mention.kind() == kind)) {
            return;
        }
        for (String[] phrase : phrases) {
            int at = lower.indexOf(phrase[0]);
            if (at >= 0) {
                found.add(new CasualtyMention(
                        kind, 0, org.fusioncentre.extraction.Qualifier.EXACT, at, at + phrase[0].length(), false));
                return;
            }
        }
    }

    /**
     * "a civilian", "an FC soldier", "a local NP leader": one person. Only before a word for a
     * person, so that "a roadside bomb killed seven" stays seven. "He was shot dead": one person.
     */
    private static List<NumberPhrase> withSingles(List<NumberPhrase> numbers, List<Numbers.Token> tokens) {
        List<NumberPhrase> all = new ArrayList<>(numbers);
        for (int i = 0; i + 1 < tokens.size(); i++) {
            String word = tokens.get(i).lower();
            boolean single = false;
            if (word.equals("a") || word.equals("an")) {
                // "a police assistant sub-inspector": ranks run to several words
                for (int k = i + 1; k <= Math.min(i + 4, tokens.size() - 1) && !single; k++) {
                    single = PERSON_NOUNS.contains(tokens.get(k).lower());
                }
            } else if ((word.equals("his") || word.equals("her") || word.equals("their"))
                    && i > 0
                    && tokens.get(i - 1).lower().equals("and")
                    && PERSON_NOUNS.contains(tokens.get(i + 1).lower())) {
                single = true; // "two Levies personnel and their driver"
            } else if ((word.equals("him") || word.equals("her"))
                    && i > 0
                    && ACTIVE_BEFORE.contains(tokens.get(i - 1).lower())) {
                single = true; // "killing him"
            } else if (word.equals("the")
                    && i > 0
                    && ACTIVE_BEFORE.contains(tokens.get(i - 1).lower())) {
                // "shot dead the central leader of a party"
                for (int k = i + 1; k <= Math.min(i + 3, tokens.size() - 1) && !single; k++) {
                    single = PERSON_NOUNS.contains(tokens.get(k).lower());
                }
            } else if (word.equals("the")) {
                // "the driver of the train was killed": a singular role, then "was"
                for (int k = i + 1; k <= Math.min(i + 3, tokens.size() - 1) && !single; k++) {
                    if (PERSON_NOUNS.contains(tokens.get(k).lower())) {
                        for (int v = k + 1; v <= Math.min(k + 5, tokens.size() - 1) && !single; v++) {
                            single = tokens.get(v).lower().equals("was");
                        }
                        break;
                    }
                }
            } else if ((word.equals("he") || word.equals("she")) && i + 1 < tokens.size()) {
                String verb = tokens.get(i + 1).lower();
                String next = i + 2 < tokens.size() ? tokens.get(i + 2).lower() : "";
                single = verb.equals("died")
                        || verb.equals("succumbed")
                        || (verb.equals("was") || verb.equals("got"))
                                && (KILL_WORDS.contains(next) || INJURE_WORDS.contains(next) || next.equals("shot"));
            }
            if (single) {
                all.add(new NumberPhrase(
                        1,
                        org.fusioncentre.extraction.Qualifier.EXACT,
                        tokens.get(i).start(),
                        tokens.get(i).end()));
            }
        }
        all.sort(java.util.Comparator.comparingInt(NumberPhrase::start));
        return all;
    }

    /** "the death toll rose to 32", "toll climbed to 9", "toll reached 14". */
    private static boolean isToll(List<Numbers.Token> tokens, int first) {
        for (int i = first - 1; i >= Math.max(0, first - 4); i--) {
            if (tokens.get(i).lower().equals("toll")) {
                return true;
            }
        }
        // "the death toll from Thursday's bombing outside the facility rose to 14"
        boolean risen = first >= 2
                && tokens.get(first - 1).lower().equals("to")
                && RISE_WORDS.contains(tokens.get(first - 2).lower());
        if (risen) {
            for (int i = first - 3; i >= Math.max(0, first - 25); i--) {
                if (tokens.get(i).lower().equals("toll")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final Set<String> RISE_WORDS =
            Set.of("rose", "risen", "climbed", "increased", "jumped", "mounted", "reached", "went", "soared");

    /** A later number joined to this one by "and" or a comma shares the verb; any other number ends the search. */
    private static boolean startsAnotherFigure(
            List<NumberPhrase> numbers, int n, int position, List<Numbers.Token> tokens, int last) {
        for (int other = n + 1; other < numbers.size(); other++) {
            if (numbers.get(other).start() == position) {
                String joiner = tokens.get(tokenAt(tokens, position) - 1).lower();
                return !(joiner.equals("and") || tokenAt(tokens, position) - 1 <= last + 3);
            }
        }
        return false;
    }

    /** "in 2023": four digits from 1900 to 2099 without a thousands comma are a year, not a count. */
    private static boolean isYear(String sentence, NumberPhrase number) {
        String text = sentence.substring(number.start(), number.end());
        return text.length() == 4
                && number.value() >= 1900
                && number.value() <= 2099
                && text.chars().allMatch(Character::isDigit);
    }

    /** "a 12-year-old boy", "at 11 pm", "9 November": not counts of people. */
    private static boolean isAgeOrTime(List<Numbers.Token> tokens, int last) {
        String next = last + 1 < tokens.size() ? tokens.get(last + 1).lower() : "";
        String after = last + 2 < tokens.size() ? tokens.get(last + 2).lower() : "";
        return (next.equals("year") || next.equals("years")) && after.equals("old")
                || next.equals("am")
                || next.equals("pm")
                || next.equals("hours")
                || next.equals("kilometres")
                || next.equals("km")
                || next.equals("kg")
                || next.equals("kilogrammes")
                || next.equals("rupees")
                || next.equals("million")
                || next.equals("billion")
                || MONTHS.contains(next);
    }

    private static int tokenAt(List<Numbers.Token> tokens, int start) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() == start) {
                return i;
            }
        }
        return -1;
    }

    private static int tokenEndingAt(List<Numbers.Token> tokens, int end) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).end() == end) {
                return i;
            }
        }
        return -1;
    }
}
