package org.fusioncentre.geo;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The geo module's entry point. */
public interface Geocoding {
    /**
     * Readings of a place mention, likeliest first; empty when nothing matches (never throws for
     * any text).
     */
    List<GeoCandidate> resolve(String mention, ResolveContext context);

    Optional<AdminUnit> unit(PCode code);

    /** The units directly below a unit (a province's districts, a district's tehsils). */
    List<AdminUnit> children(PCode code);

    /**
     * The districts a district was carved out of after the reference list was drawn ("Lower South
     * Waziristan" out of South Waziristan); empty for the others and for unknown codes.
     */
    Set<PCode> carvedFrom(PCode district);

    /**
     * The words of province, district and tehsil names and of their aliases, normalised as names
     * are ("dera", "ismail", "khan", "di", "balochistan", "sarai", "naurang"): words that say which
     * region a text is about and nothing about what happened there.
     */
    Set<String> regionWords();

    /**
     * The districts bordering a district (by the shipped boundaries; a district carved out later
     * borders the districts it came from and their neighbours). Empty for other units and unknown
     * codes.
     */
    Set<PCode> neighbours(PCode district);

    /**
     * @throws IllegalArgumentException when the coordinates are out of range
     */
    ReverseResult reverse(double lat, double lon);

    /** District boundaries as a GeoJSON FeatureCollection, each feature carrying its P-code. */
    String districtsGeoJson();

    String provincesGeoJson();

    /** The gazetteer over the reference data shipped in the jar, loaded without a container. */
    static Geocoding shipped() {
        return org.fusioncentre.geo.gazetteer.Gazetteer.fromClasspath();
    }
}
