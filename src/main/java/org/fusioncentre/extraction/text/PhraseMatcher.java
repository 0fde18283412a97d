package org.fusioncentre.extraction.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Finds phrases of a lexicon in text: whole words, case-insensitive, the longest phrase at a place
 * winning, and phrases written in capitals ("BLA", "IED") matching only capitals. Also reads the
 * lexicon data files: CSV with a header, lines starting with '#' are comments.
 *
 * @param <T> what a phrase stands for
 */
final class PhraseMatcher<T> {
    /** A phrase and what it stands for. */
    record Phrase<T>(String text, T value) {}

    /** A phrase found at {@code start} to {@code end}. */
    record Match<T>(T value, int start, int end) {}

    private record Entry<T>(String lower, T value, boolean capitals) {}

    /** Entries by the first word of their phrase, longest phrase first. */
    private final Map<String, List<Entry<T>>> byFirstWord;

    PhraseMatcher(List<Phrase<T>> phrases) {
        Map<String, List<Entry<T>>> index = new HashMap<>();
        for (Phrase<T> phrase : phrases) {
            String text = phrase.text().strip();
            String lower = text.toLowerCase(Locale.ROOT);
            if (lower.isEmpty()) {
                continue;
            }
            index.computeIfAbsent(firstWord(lower, 0), word -> new ArrayList<>())
                    .add(new Entry<>(lower, phrase.value(), text.chars().noneMatch(Character::isLowerCase)));
        }
        Map<String, List<Entry<T>>> sorted = new HashMap<>();
        index.forEach((word, entries) -> {
            entries.sort(
                    Comparator.comparingInt((Entry<T> entry) -> entry.lower().length())
                            .reversed());
            sorted.put(word, List.copyOf(entries));
        });
        this.byFirstWord = sorted;
    }

    /**
     * Every match in the text, in order of position: at each word start, the longest phrase that
     * starts there and ends at a word boundary; matches do not overlap. Linear in the text.
     */
    List<Match<T>> in(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.length() != text.length()) {
            return List.of(); // case mapping changed lengths (rare scripts): spans would not line up
        }
        List<Match<T>> found = new ArrayList<>();
        int at = 0;
        int n = lower.length();
        while (at < n) {
            if (!Character.isLetterOrDigit(lower.charAt(at)) || !boundary(lower, at - 1)) {
                at++;
                continue;
            }
            int end = -1;
            List<Entry<T>> candidates = byFirstWord.get(firstWord(lower, at));
            if (candidates != null) {
                for (Entry<T> entry : candidates) {
                    int entryEnd = at + entry.lower().length();
                    if (lower.startsWith(entry.lower(), at)
                            && boundary(lower, entryEnd)
                            && (!entry.capitals() || noLowerCase(text, at, entryEnd))) {
                        found.add(new Match<>(entry.value(), at, entryEnd));
                        end = entryEnd;
                        break;
                    }
                }
            }
            at = end > 0 ? end : at + 1;
        }
        return found;
    }

    /** The word at {@code at}: letters and digits up to the first other character. */
    private static String firstWord(String lower, int at) {
        int end = at;
        while (end < lower.length() && Character.isLetterOrDigit(lower.charAt(end))) {
            end++;
        }
        return lower.substring(at, end);
    }

    private static boolean noLowerCase(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean boundary(String text, int index) {
        return index < 0 || index >= text.length() || !Character.isLetterOrDigit(text.charAt(index));
    }

    /** The rows of a lexicon file on the class path, each turned into a phrase. */
    static <T> List<Phrase<T>> readResource(String resource, Function<CSVRecord, Phrase<T>> row) {
        try (InputStream in = PhraseMatcher.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from this build");
            }
            return read(in, row);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + resource, e);
        }
    }

    static <T> List<Phrase<T>> read(InputStream in, Function<CSVRecord, Phrase<T>> row) throws IOException {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        String rows = text.lines().filter(line -> !line.startsWith("#")).collect(Collectors.joining("\n"));
        List<Phrase<T>> phrases = new ArrayList<>();
        for (CSVRecord record : CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(rows))) {
            phrases.add(row.apply(record));
        }
        return phrases;
    }
}
