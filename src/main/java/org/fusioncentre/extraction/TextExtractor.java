package org.fusioncentre.extraction;

import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.fusioncentre.extraction.text.DistinctiveTerms;
import org.fusioncentre.extraction.text.Extractor;
import org.fusioncentre.extraction.text.Organisations;
import org.fusioncentre.extraction.text.Triggers;
import org.fusioncentre.geo.Geocoding;
import org.jspecify.annotations.Nullable;

/** Report text to observations; deterministic, with the version stored on every observation. */
public interface TextExtractor {
    /**
     * @param published the publication time in Pakistan's local time, which relative dates
     *     ("yesterday", "on Tuesday") are resolved against
     */
    List<Observation> extract(@Nullable String title, String body, LocalDateTime published);

    String version();

    /**
     * The words of the passage behind each observation that could tell its incident from another
     * ({@link DistinctiveTerms}), in the observations' order.
     *
     * @param observations what {@link #extract} found in this title and body
     */
    List<List<String>> terms(@Nullable String title, String body, List<Observation> observations);

    /** The standard extractor with the shipped lexicons, locating places with the given geocoder. */
    static TextExtractor standard(Geocoding geocoding) {
        Organisations organisations = Organisations.fromClasspath();
        Extractor extractor = new Extractor(geocoding, Triggers.fromClasspath(), organisations);
        Set<String> named = new HashSet<>(geocoding.regionWords());
        named.addAll(organisations.nameWords());
        DistinctiveTerms terms = DistinctiveTerms.withCommonWords(named);
        return new TextExtractor() {
            @Override
            public List<Observation> extract(@Nullable String title, String body, LocalDateTime published) {
                return extractor.extract(title, body, published);
            }

            @Override
            public String version() {
                return Extractor.VERSION;
            }

            @Override
            public List<List<String>> terms(@Nullable String title, String body, List<Observation> observations) {
                return terms.of(title, body, observations);
            }
        };
    }
}
