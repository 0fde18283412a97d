package org.fusioncentre.extraction.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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

    private final List<Entry<T>> entries;

    PhraseMatcher(List<Phrase<T>> phrases) {
        List<Entry<T>> list = new ArrayList<>();
        for (Phrase<T> phrase : phrases) {
            String text = phrase.text().strip();
            list.add(new Entry<>(
                    text.toLowerCase(Locale.ROOT), phrase.value(), text.chars().noneMatch(Character::isLowerCase)));
        }
        list.sort(Comparator.comparingInt((Entry<T> entry) -> entry.lower().length())
                .reversed());
        this.entries = List.copyOf(list);
    }

    /** Every match in the text, in order of position. */
    List<Match<T>> in(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.length() != text.length()) {
            return List.of(); // case mapping changed lengths (rare scripts): spans would not line up
        }
        boolean[] taken = new boolean[lower.length() + 1];
        List<Match<T>> found = new ArrayList<>();
        for (Entry<T> entry : entries) {
            int from = 0;
            int at;
            while ((at = lower.indexOf(entry.lower(), from)) >= 0) {
                int end = at + entry.lower().length();
                from = at + 1;
                if (!boundary(lower, at - 1) || !boundary(lower, end) || taken[at] || taken[end - 1]) {
                    continue;
                }
                if (entry.capitals() && text.substring(at, end).chars().anyMatch(Character::isLowerCase)) {
                    continue;
                }
                for (int i = at; i < end; i++) {
                    taken[i] = true;
                }
                found.add(new Match<>(entry.value(), at, end));
            }
        }
        found.sort(Comparator.comparingInt(Match::start));
        return found;
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
