package org.fusioncentre.extraction.text;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.commons.csv.CSVRecord;
import org.fusioncentre.extraction.EventType;

/**
 * The trigger lexicon ({@code extraction/triggers.csv}): phrases that signal an event type, and
 * phrases that signal text about no incident (type {@code NONE}).
 */
public final class Triggers {
    /** A lexicon entry; an empty type marks "no incident" language. */
    private record Signal(Optional<EventType> type, double weight) {}

    /** A match of a no-incident phrase. */
    public record NoIncidentCue(double weight, int start, int end) {}

    private static final Function<CSVRecord, PhraseMatcher.Phrase<Signal>> ROW = row -> {
        String type = row.get("type").strip();
        Optional<EventType> eventType = type.equals("NONE") ? Optional.empty() : Optional.of(EventType.valueOf(type));
        return new PhraseMatcher.Phrase<>(
                row.get("phrase"), new Signal(eventType, Double.parseDouble(row.get("weight"))));
    };

    private final PhraseMatcher<Signal> phrases;

    private Triggers(List<PhraseMatcher.Phrase<Signal>> phrases) {
        this.phrases = new PhraseMatcher<>(phrases);
    }

    public static Triggers fromClasspath() {
        return new Triggers(PhraseMatcher.readResource("/extraction/triggers.csv", ROW));
    }

    public static Triggers load(InputStream in) throws IOException {
        return new Triggers(PhraseMatcher.read(in, ROW));
    }

    /** Both readings of one text: its event triggers and its no-incident cues. */
    public record Reading(List<EventTrigger> triggers, List<NoIncidentCue> noIncidentCues) {}

    /** Reads the text once for {@link #in} and {@link #noIncidentCues} together. */
    public Reading read(String text) {
        List<EventTrigger> found = new java.util.ArrayList<>();
        List<NoIncidentCue> cues = new java.util.ArrayList<>();
        for (PhraseMatcher.Match<Signal> match : phrases.in(text)) {
            if (match.value().type().isPresent()) {
                found.add(new EventTrigger(
                        match.value().type().orElseThrow(), match.value().weight(), match.start(), match.end()));
            } else {
                cues.add(new NoIncidentCue(match.value().weight(), match.start(), match.end()));
            }
        }
        return new Reading(List.copyOf(found), List.copyOf(cues));
    }

    /** Event triggers in the text, in order; each place matched by its longest phrase only. */
    public List<EventTrigger> in(String text) {
        return phrases.in(text).stream()
                .filter(match -> match.value().type().isPresent())
                .map(match -> new EventTrigger(
                        match.value().type().orElseThrow(), match.value().weight(), match.start(), match.end()))
                .toList();
    }

    /** Language of text about no incident: meetings, hearings, condemnations, alerts. */
    public List<NoIncidentCue> noIncidentCues(String text) {
        return phrases.in(text).stream()
                .filter(match -> match.value().type().isEmpty())
                .map(match -> new NoIncidentCue(match.value().weight(), match.start(), match.end()))
                .toList();
    }
}
