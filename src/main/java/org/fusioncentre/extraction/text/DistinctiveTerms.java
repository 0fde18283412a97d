package org.fusioncentre.extraction.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.fusioncentre.extraction.Observation;
import org.jspecify.annotations.Nullable;

/**
 * The words of a report that could tell one incident from another: what is left of the passage
 * behind an observation once the words every report uses (a shipped list), the names fusion
 * compares on their own (districts, provinces, tehsils, organisations) and numbers are taken out — "vegetable", "market",
 * "sariab", "road"; "convoy", "bypass". Fusion compares two observations' terms.
 *
 * <p>The passage is the whole report when it tells of one incident, and otherwise the sentences
 * from an observation's first evidence to its last, so a round-up's incidents keep their own
 * words. The first {@link #LIMIT} distinct terms are kept: a report's lead carries its details,
 * its closing paragraphs background. Only words in the Latin alphabet count (accents dropped);
 * for text in other scripts there is no list of common words yet, and sharing function words
 * would make any two reports look alike.
 */
public final class DistinctiveTerms {
    /** Terms kept per observation, the first in the passage. */
    public static final int LIMIT = 40;

    /** Longer words are cut to this length (a term is a word, not a run of letters). */
    public static final int LONGEST = 30;

    private static final String COMMON_WORDS = "/extraction/common-words.txt";

    private final Set<String> ignored;

    /**
     * @param namedWords words of names fusion compares on their own — district, province and
     *     tehsil names, organisations — normalised (lower case, no accents)
     */
    public DistinctiveTerms(Set<String> commonWords, Set<String> namedWords) {
        Set<String> ignored = new HashSet<>(commonWords);
        ignored.addAll(namedWords);
        this.ignored = Set.copyOf(ignored);
    }

    /** With the shipped list of common words. */
    public static DistinctiveTerms withCommonWords(Set<String> namedWords) {
        return new DistinctiveTerms(commonWords(), namedWords);
    }

    /** The shipped list of common words. */
    public static Set<String> commonWords() {
        try (InputStream in = DistinctiveTerms.class.getResourceAsStream(COMMON_WORDS)) {
            if (in == null) {
                throw new IllegalStateException(COMMON_WORDS + " is missing from the classpath");
            }
            Set<String> words = new HashSet<>();
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = lines.readLine()) != null) {
                int comment = line.indexOf('#');
                String text = comment < 0 ? line : line.substring(0, comment);
                for (String word : text.strip().split("\\s+")) {
                    if (!word.isEmpty()) {
                        words.add(word.toLowerCase(Locale.ROOT));
                    }
                }
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The terms of each observation of a report, in the observations' order.
     *
     * @param observations what the extractor found in this title and body
     */
    public List<List<String>> of(@Nullable String title, String body, List<Observation> observations) {
        String text = Observation.reportText(title, body);
        List<List<String>> terms = new ArrayList<>(observations.size());
        for (Observation observation : observations) {
            String passage = observations.size() == 1 ? text : passage(text, observation.evidence());
            Observation.Location location = observation.location();
            terms.add(of(passage, location == null || location.place() == null ? Set.of() : words(location.place())));
        }
        return terms;
    }

    /** The first {@link #LIMIT} distinct terms of a text. */
    public List<String> of(String text) {
        return of(text, Set.of());
    }

    /**
     * The first {@link #LIMIT} distinct terms of a text, without these words as well: the place the
     * observation was located at, which fusion compares on its own.
     */
    private List<String> of(String text, Set<String> alsoIgnored) {
        Set<String> terms = new LinkedHashSet<>();
        int length = text.length();
        int i = 0;
        while (i < length && terms.size() < LIMIT) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < length
                    && (Character.isLetter(text.charAt(i))
                            || Character.getType(text.charAt(i)) == Character.NON_SPACING_MARK)) {
                i++;
            }
            String word = latin(text.substring(start, i));
            if (word == null || word.length() < 3 || ignored.contains(word)) {
                continue;
            }
            String term = singular(word);
            if (!ignored.contains(term) && !alsoIgnored.contains(term)) {
                terms.add(term.length() > LONGEST ? term.substring(0, LONGEST) : term);
            }
        }
        return List.copyOf(terms);
    }

    /** A name's words as terms: Latin letters, lower case, singular. */
    private static Set<String> words(String name) {
        Set<String> words = new HashSet<>();
        for (String word : name.split("[^\\p{L}\\p{M}]+")) {
            String latin = word.isEmpty() ? null : latin(word);
            if (latin != null && !latin.isEmpty()) {
                words.add(singular(latin));
            }
        }
        return words;
    }

    /** The sentences from the first evidence span to the last; the whole text without evidence. */
    private static String passage(String text, List<Observation.Span> evidence) {
        if (evidence.isEmpty()) {
            return text;
        }
        int from = text.length();
        int to = 0;
        for (Observation.Span span : evidence) {
            from = Math.min(from, span.start());
            to = Math.max(to, span.end());
        }
        int start = from;
        int end = Math.min(text.length(), to);
        for (Sentences.Sentence sentence : Sentences.of(text)) {
            if (sentence.end() > from && sentence.start() < to) {
                start = Math.min(start, sentence.start());
                end = Math.max(end, sentence.end());
            }
        }
        return start >= end ? "" : text.substring(Math.max(0, start), Math.min(text.length(), end));
    }

    /** The word in lower-case ASCII letters, accents dropped; null when it is not in the Latin alphabet. */
    private static @Nullable String latin(String word) {
        String plain = ascii(word) ? word : Normalizer.normalize(word, Normalizer.Form.NFKD);
        StringBuilder letters = new StringBuilder(plain.length());
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (c >= 'a' && c <= 'z') {
                letters.append(c);
            } else if (c >= 'A' && c <= 'Z') {
                letters.append((char) (c + ('a' - 'A')));
            } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
                return null;
            }
        }
        return letters.toString();
    }

    private static boolean ascii(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Plurals folded the simple way: "casualties" is "casualty", "vendors" "vendor"; "press" stays. */
    static String singular(String word) {
        if (word.length() > 4 && word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
