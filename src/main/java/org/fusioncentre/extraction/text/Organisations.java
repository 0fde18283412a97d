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

    /** @param acronym written in capitals in the registry ("BLA"), so only capitals in text match it */
    private record Name(String code, String lower, boolean acronym) {}

    private final List<Name> names;

    private Organisations(List<Name> names) {
        this.names = names;
    }

    public static Organisations fromClasspath() {
        try (InputStream in = Organisations.class.getResourceAsStream("/extraction/organisations.csv")) {
            if (in == null) {
                throw new IllegalStateException("extraction/organisations.csv is missing from this build");
            }
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the organisation registry", e);
        }
    }

    public static Organisations load(InputStream in) throws IOException {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        String rows = text.lines().filter(line -> !line.startsWith("#")).collect(Collectors.joining("\n"));
        List<Name> names = new ArrayList<>();
        for (CSVRecord row : CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(rows))) {
            String name = row.get("name").strip();
            boolean acronym = name.chars().noneMatch(Character::isLowerCase);
            names.add(new Name(row.get("code").strip(), name.toLowerCase(Locale.ROOT), acronym));
        }
        // longest first, so "BLA Majeed Brigade" wins over "BLA" where both match
        names.sort(Comparator.comparingInt((Name name) -> name.lower().length()).reversed());
        return new Organisations(List.copyOf(names));
    }

    /** The organisations named in a sentence, in order, each once per place. */
    public List<OrganisationMention> in(String sentence) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        boolean[] taken = new boolean[lower.length() + 1];
        List<OrganisationMention> found = new ArrayList<>();
        ClaimStatus status = status(lower);
        for (Name name : names) {
            int from = 0;
            int at;
            while ((at = lower.indexOf(name.lower(), from)) >= 0) {
                int end = at + name.lower().length();
                from = at + 1;
                if (!boundary(lower, at - 1) || !boundary(lower, end) || taken[at] || taken[end - 1]) {
                    continue;
                }
                if (name.acronym() && sentence.substring(at, end).chars().anyMatch(Character::isLowerCase)) {
                    continue; // "bla" is no acronym
                }
                for (int i = at; i < end; i++) {
                    taken[i] = true;
                }
                found.add(new OrganisationMention(name.code(), status, at, end));
            }
        }
        found.sort(Comparator.comparingInt(OrganisationMention::start));
        return found;
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

    private static boolean boundary(String text, int index) {
        return index < 0 || index >= text.length() || !Character.isLetterOrDigit(text.charAt(index));
    }
}
