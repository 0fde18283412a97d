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
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.fusioncentre.extraction.EventType;
import org.jspecify.annotations.Nullable;

/**
 * The trigger lexicon ({@code extraction/triggers.csv}): phrases that signal an event type, and
 * phrases that signal text about no incident (type {@code NONE}, returned with a null type).
 */
public final class Triggers {
    /** A lexicon phrase; a null type marks "no incident" language. */
    private record Phrase(String lower, @Nullable EventType type, double weight, boolean acronym) {}

    /** A match of a no-incident phrase. */
    public record NoIncidentCue(double weight, int start, int end) {}

    private final List<Phrase> phrases;

    private Triggers(List<Phrase> phrases) {
        this.phrases = phrases;
    }

    public static Triggers fromClasspath() {
        try (InputStream in = Triggers.class.getResourceAsStream("/extraction/triggers.csv")) {
            if (in == null) {
                throw new IllegalStateException("extraction/triggers.csv is missing from this build");
            }
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the trigger lexicon", e);
        }
    }

    public static Triggers load(InputStream in) throws IOException {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        String rows = text.lines().filter(line -> !line.startsWith("#")).collect(Collectors.joining("\n"));
        List<Phrase> phrases = new ArrayList<>();
        for (CSVRecord row : CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(rows))) {
            String phrase = row.get("phrase").strip();
            String type = row.get("type").strip();
            phrases.add(new Phrase(
                    phrase.toLowerCase(Locale.ROOT),
                    type.equals("NONE") ? null : EventType.valueOf(type),
                    Double.parseDouble(row.get("weight")),
                    phrase.chars().noneMatch(Character::isLowerCase)));
        }
        phrases.sort(Comparator.comparingInt((Phrase phrase) -> phrase.lower().length())
                .reversed());
        return new Triggers(List.copyOf(phrases));
    }

    /** Event triggers in the text, in order; each place matched by its longest phrase only. */
    public List<EventTrigger> in(String text) {
        List<EventTrigger> found = new ArrayList<>();
        scan(text, (phrase, start, end) -> {
            if (phrase.type() != null) {
                found.add(new EventTrigger(phrase.type(), phrase.weight(), start, end));
            }
        });
        found.sort(Comparator.comparingInt(EventTrigger::start));
        return found;
    }

    /** Language of text about no incident: meetings, hearings, condemnations, alerts. */
    public List<NoIncidentCue> noIncidentCues(String text) {
        List<NoIncidentCue> found = new ArrayList<>();
        scan(text, (phrase, start, end) -> {
            if (phrase.type() == null) {
                found.add(new NoIncidentCue(phrase.weight(), start, end));
            }
        });
        found.sort(Comparator.comparingInt(NoIncidentCue::start));
        return found;
    }

    private interface Hit {
        void at(Phrase phrase, int start, int end);
    }

    private void scan(String text, Hit hit) {
        String lower = text.toLowerCase(Locale.ROOT);
        boolean[] taken = new boolean[lower.length() + 1];
        for (Phrase phrase : phrases) {
            int from = 0;
            int at;
            while ((at = lower.indexOf(phrase.lower(), from)) >= 0) {
                int end = at + phrase.lower().length();
                from = at + 1;
                if (!boundary(lower, at - 1) || !boundary(lower, end) || taken[at] || taken[end - 1]) {
                    continue;
                }
                if (phrase.acronym() && text.substring(at, end).chars().anyMatch(Character::isLowerCase)) {
                    continue;
                }
                for (int i = at; i < end; i++) {
                    taken[i] = true;
                }
                hit.at(phrase, at, end);
            }
        }
    }

    private static boolean boundary(String text, int index) {
        return index < 0 || index >= text.length() || !Character.isLetterOrDigit(text.charAt(index));
    }
}
