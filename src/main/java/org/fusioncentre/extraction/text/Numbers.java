package org.fusioncentre.extraction.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fusioncentre.extraction.Qualifier;

/**
 * Finds counts in English text: digits ("27", "1,200"), words ("seven", "twenty-three", "a
 * hundred"), vague words as ACLED reads them ("dozens" = 12, "scores" = 20, "tens" = 10, "a dozen"
 * = 12, "a couple of" = 2), with qualifiers before them ("at least", "more than", "nearly", "up to").
 * Linear in the text; no regular expressions.
 */
public final class Numbers {
    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("zero", 0),
            Map.entry("one", 1),
            Map.entry("two", 2),
            Map.entry("three", 3),
            Map.entry("four", 4),
            Map.entry("five", 5),
            Map.entry("six", 6),
            Map.entry("seven", 7),
            Map.entry("eight", 8),
            Map.entry("nine", 9),
            Map.entry("ten", 10),
            Map.entry("eleven", 11),
            Map.entry("twelve", 12),
            Map.entry("thirteen", 13),
            Map.entry("fourteen", 14),
            Map.entry("fifteen", 15),
            Map.entry("sixteen", 16),
            Map.entry("seventeen", 17),
            Map.entry("eighteen", 18),
            Map.entry("nineteen", 19));
    private static final Map<String, Integer> TENS = Map.of(
            "twenty", 20, "thirty", 30, "forty", 40, "fifty", 50, "sixty", 60, "seventy", 70, "eighty", 80, "ninety",
            90);
    private static final Map<String, Integer> VAGUE = Map.of("dozens", 12, "scores", 20, "tens", 10, "hundreds", 100);
    private static final long MAX_COUNT = 1_000_000;

    private Numbers() {}

    /** Every count in the text, in order of appearance. */
    public static List<NumberPhrase> find(String text) {
        List<Token> tokens = Token.words(text);
        List<NumberPhrase> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Qualified qualified = qualifier(tokens, i);
            int at = qualified.next();
            Parsed parsed = number(tokens, at);
            if (parsed == null) {
                i++;
                continue;
            }
            Qualifier qualifier = parsed.vague() && qualified.qualifier() == Qualifier.EXACT
                    ? Qualifier.APPROX
                    : qualified.qualifier();
            long value = parsed.value();
            if (qualified.moreThan()) {
                value = value + 1; // "more than 50" is 51, at least
            }
            int start = tokens.get(qualified.matched() ? i : at).start();
            found.add(new NumberPhrase(
                    Math.min(value, MAX_COUNT),
                    qualifier,
                    start,
                    tokens.get(parsed.last()).end()));
            i = parsed.last() + 1;
        }
        return found;
    }

    private record Qualified(Qualifier qualifier, boolean moreThan, int next, boolean matched) {}

    private static Qualified qualifier(List<Token> tokens, int i) {
        String first = word(tokens, i);
        String second = word(tokens, i + 1);
        String third = word(tokens, i + 2);
        return switch (first) {
            case "at" -> second.equals("least") ? new Qualified(Qualifier.AT_LEAST, false, i + 2, true) : none(i);
            case "more", "over" ->
                first.equals("more") && !second.equals("than")
                        ? none(i)
                        : new Qualified(Qualifier.AT_LEAST, true, first.equals("more") ? i + 2 : i + 1, true);
            case "nearly", "about", "around", "approximately", "roughly", "some", "almost" ->
                new Qualified(Qualifier.APPROX, false, i + 1, true);
            case "up" -> second.equals("to") ? new Qualified(Qualifier.UP_TO, false, i + 2, true) : none(i);
            case "as" ->
                second.equals("many") && third.equals("as")
                        ? new Qualified(Qualifier.UP_TO, false, i + 3, true)
                        : none(i);
            default -> none(i);
        };
    }

    private static Qualified none(int i) {
        return new Qualified(Qualifier.EXACT, false, i, false);
    }

    private record Parsed(long value, int last, boolean vague) {}

    private static Parsed number(List<Token> tokens, int i) {
        if (i >= tokens.size()) {
            return null;
        }
        String word = word(tokens, i);
        String next = word(tokens, i + 1);
        if (!word.isEmpty() && Character.isDigit(word.charAt(0))) {
            long value = digits(word);
            return value < 0 ? null : new Parsed(value, i, false);
        }
        if (word.equals("a") || word.equals("an")) {
            return switch (next) {
                case "dozen" -> new Parsed(12, i + 1, false);
                case "hundred" -> new Parsed(100, i + 1, false);
                case "couple" -> word(tokens, i + 2).equals("of") ? new Parsed(2, i + 2, false) : null;
                case "few" -> null;
                default -> null;
            };
        }
        if (VAGUE.containsKey(word)) {
            return new Parsed(VAGUE.get(word), i, true);
        }
        if (word.equals("dozen")) {
            return new Parsed(12, i, false);
        }
        Integer tens = TENS.get(word);
        if (tens != null) {
            Integer unit = UNITS.get(next);
            char between = tokens.get(i).textAfter();
            if (unit != null && unit >= 1 && unit <= 9 && (between == '-' || between == ' ')) {
                return new Parsed(tens + unit, i + 1, false); // "twenty-three", "twenty three"
            }
            return new Parsed(tens, i, false);
        }
        if (word.equals("no")) {
            if (next.equals("one")) {
                return new Parsed(0, i + 1, false);
            }
            return isCountNoun(next) ? new Parsed(0, i, false) : null;
        }
        Integer unit = UNITS.get(word);
        if (unit != null) {
            if (next.equals("hundred")) {
                return new Parsed(unit * 100L, i + 1, false);
            }
            return new Parsed(unit, i, false);
        }
        return null;
    }

    /** "no one", "no casualties": a zero count only before a word that counts people. */
    private static boolean isCountNoun(String word) {
        return word.equals("casualties") || word.equals("loss") || word.equals("injuries") || word.equals("fatalities");
    }

    private static long digits(String word) {
        long value = 0;
        int digits = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++digits > 9) {
                    return MAX_COUNT;
                }
                value = value * 10 + (c - '0');
            } else if (c != ',') {
                return -1;
            }
        }
        return value;
    }

    private static String word(List<Token> tokens, int i) {
        return i < tokens.size() ? tokens.get(i).lower() : "";
    }

    /** A word of the text with its span. */
    record Token(String lower, int start, int end, char textAfter) {
        static List<Token> words(String text) {
            List<Token> tokens = new ArrayList<>();
            int i = 0;
            int n = text.length();
            while (i < n) {
                char c = text.charAt(i);
                if (Character.isLetterOrDigit(c)) {
                    int start = i;
                    while (i < n
                            && (Character.isLetterOrDigit(text.charAt(i))
                                    || text.charAt(i) == ','
                                            && i + 1 < n
                                            && Character.isDigit(text.charAt(i + 1))
                                            && i > start
                                            && Character.isDigit(text.charAt(i - 1)))) {
                        i++;
                    }
                    tokens.add(new Token(
                            text.substring(start, i).toLowerCase(Locale.ROOT), start, i, i < n ? text.charAt(i) : ' '));
                } else {
                    i++;
                }
            }
            return tokens;
        }
    }
}
