package org.fusioncentre.geo.gazetteer;

import org.locationtech.jts.geom.Geometry;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** GeoJSON polygons from text, for shapes users draw (red zones). */
public final class GeoJson {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_LENGTH = 5_000_000;

    private GeoJson() {}

    /**
     * Parses a GeoJSON Polygon or MultiPolygon geometry, or a Feature holding one.
     *
     * @throws IllegalArgumentException saying what is wrong with the text
     */
    public static Geometry polygon(String text) {
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("GeoJSON polygon is larger than 5 MB");
        }
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not GeoJSON: " + e.getOriginalMessage(), e);
        }
        if (node.has("type") && "Feature".equals(node.get("type").asString()) && node.has("geometry")) {
            node = node.get("geometry");
        }
        if (!node.has("type") || !node.has("coordinates")) {
            throw new IllegalArgumentException("GeoJSON geometry needs 'type' and 'coordinates'");
        }
        try {
            return Boundaries.geometry(node);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("unusable GeoJSON polygon: " + e.getMessage(), e);
        }
    }
}
