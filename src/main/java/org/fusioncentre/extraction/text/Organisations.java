package org.fusioncentre.extraction.text;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVRecord;
import org.fusioncentre.extraction.ClaimStatus;

/**
 * The organisation registry (data file {@code extraction/organisations.csv}) and its matcher: the
 * organisations a sentence names, and whether it says they claimed the act, that officials
 * attribute it to them, or that they are suspected.
 */
public final class Organisations {
    private static final String[] CLAIM_WORDS = {
        "claimed responsibility",
        "claimed the attack",
        "claim of responsibility",
        "claimed the",
        "claimed it",
        "owned the attack",
        "accepted responsibility"
    };
    private static final String[] SUSPECT_WORDS = {
        "suspected", "suspect", "believed to be", "likely", "may have", "might have", "possibly", "feared"
    };
    private static final Function<CSVRecord, PhraseMatcher.Phrase<String>> ROW =
            row -> new PhraseMatcher.Phrase<>(row.get("name"), row.get("code").strip());

    private final PhraseMatcher<String> names;
    private final java.util.Set<String> codes;
    private final java.util.Set<String> nameWords;

    private Organisations(List<PhraseMatcher.Phrase<String>> names) {
        this.names = new PhraseMatcher<>(names);
        this.nameWords = names.stream()
                .flatMap(phrase -> java.util.Arrays.stream(
                        phrase.text().toLowerCase(java.util.Locale.ROOT).split("[^a-z]+")))
                .filter(word -> !word.isEmpty())
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.codes = names.stream()
                .map(PhraseMatcher.Phrase::value)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** The organisation codes the registry knows. */
    public java.util.Set<String> codes() {
        return codes;
    }

    /**
     * The words of the names the registry knows ("tehreek", "taliban", "liberation", "army"), lower
     * case: words that say who, which fusion compares as the perpetrator, not as text.
     */
    public java.util.Set<String> nameWords() {
        return nameWords;
    }

    public static Organisations fromClasspath() {
        return new Organisations(PhraseMatcher.readResource("/extraction/organisations.csv", ROW));
    }

    public static Organisations load(InputStream in) throws IOException {
        return new Organisations(PhraseMatcher.read(in, ROW));
    }

    /** The organisations named in a sentence, in order, each once per place. */
    public List<OrganisationMention> in(String sentence) {
        ClaimStatus status = status(sentence.toLowerCase(java.util.Locale.ROOT));
        return names.in(sentence).stream()
                .map(match -> new OrganisationMention(match.value(), status, match.start(), match.end()))
                .toList();
    }

    private static ClaimStatus status(String lower) {
        for (String word : CLAIM_WORDS) {
            if (lower.contains(word)) {
                return ClaimStatus.CLAIMED;
            }
        }
        for (String word : SUSPECT_WORDS) {
            if (lower.contains(word)) {
                return ClaimStatus.SUSPECTED;
            }
        }
        return ClaimStatus.ATTRIBUTED;
    }
}
