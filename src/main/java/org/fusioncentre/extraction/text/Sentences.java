package org.fusioncentre.extraction.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits text into sentences with their spans: at '.', '!' or '?' followed by white space and an
 * upper-case letter, digit or quote, and at blank lines; abbreviations common in reports ("D.I.
 * Khan", "Mr.", "No.", "Lt.", "Col.") do not end a sentence. Linear in the text.
 */
public final class Sentences {
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "dr", "no", "lt", "col", "gen", "maj", "capt", "brig", "sgt", "st", "rs", "vs", "inc", "co",
            "govt", "dist", "distt", "ltd", "jr", "sr", "u.s", "i", "g", "d");

    public record Sentence(String text, int start, int end) {}

    private Sentences() {}

    public static List<Sentence> of(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean end = false;
            int next = i + 1;
            if (c == '\n' && i + 1 < n && text.charAt(i + 1) == '\n') {
                end = true;
            } else if ((c == '.' || c == '!' || c == '?') && i + 2 < n && Character.isWhitespace(text.charAt(i + 1))) {
                char after = firstNonSpace(text, i + 1);
                end = (Character.isUpperCase(after)
                                || Character.isDigit(after)
                                || after == '"'
                                || after == '\u201C'
                                || after == '(')
                        && !abbreviation(text, i);
            }
            if (end) {
                add(sentences, text, start, next);
                start = next;
            }
        }
        add(sentences, text, start, n);
        return sentences;
    }

    private static char firstNonSpace(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return text.charAt(i);
            }
        }
        return ' ';
    }

    /** The word before a period, e.g. "Lt" in "Lt. Col", or a single capital as in "D.I. Khan". */
    private static boolean abbreviation(String text, int period) {
        int start = period;
        while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
            start--;
        }
        String word = text.substring(start, period).toLowerCase(java.util.Locale.ROOT);
        return ABBREVIATIONS.contains(word) || word.length() == 1 || word.contains(".");
    }

    private static void add(List<Sentence> sentences, String text, int start, int end) {
        int from = start;
        int to = end;
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (to > from) {
            sentences.add(new Sentence(text.substring(from, to), from, to));
        }
    }
}
