package org.fusioncentre.extraction;

import java.time.LocalDateTime;
import java.util.List;
import org.fusioncentre.extraction.text.Extractor;
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

    /** The standard extractor with the shipped lexicons, locating places with the given geocoder. */
    static TextExtractor standard(Geocoding geocoding) {
        Extractor extractor = Extractor.withDefaults(geocoding);
        return new TextExtractor() {
            @Override
            public List<Observation> extract(@Nullable String title, String body, LocalDateTime published) {
                return extractor.extract(title, body, published);
            }

            @Override
            public String version() {
                return Extractor.VERSION;
            }
        };
    }
}
