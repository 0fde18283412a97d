package org.fusioncentre.geo.gazetteer;

import java.util.ArrayList;
import java.util.List;
import org.fusioncentre.geo.PCode;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import tools.jackson.databind.JsonNode;

/** Polygons by P-code in a spatial index: which unit covers a point. */
final class Boundaries {
    private static final GeometryFactory GEOMETRY = new GeometryFactory(new PrecisionModel(), 4326);

    private record Area(PCode code, PreparedGeometry shape) {}

    private final STRtree index = new STRtree();
    private int size;

    void add(PCode code, Geometry shape) {
        index.insert(shape.getEnvelopeInternal(), new Area(code, PreparedGeometryFactory.prepare(shape)));
        size++;
    }

    /** Freezes the index; call once after the last add. */
    void build() {
        index.build();
    }

    int size() {
        return size;
    }

    /** The unit whose polygon covers the point (border points belong to one of their units). */
    @Nullable
    PCode covering(double lat, double lon) {
        Point point = GEOMETRY.createPoint(new Coordinate(lon, lat));
        List<?> hits = index.query(new Envelope(lon, lon, lat, lat));
        PCode found = null;
        for (Object hit : hits) {
            Area area = (Area) hit;
            if (area.shape().covers(point) && (found == null || area.code().compareTo(found) < 0)) {
                found = area.code(); // the smallest code, so a point on a shared edge always answers the same
            }
        }
        return found;
    }

    /** A point inside the geometry (not just its centroid, which may fall outside a concave shape). */
    static Coordinate interiorPoint(Geometry shape) {
        return shape.getInteriorPoint().getCoordinate();
    }

    /**
     * A GeoJSON Polygon or MultiPolygon geometry object as a JTS geometry. Simplification left some
     * rings degenerate (fewer than three distinct points): those are dropped, not fatal.
     */
    static Geometry geometry(JsonNode geometry) {
        String type = geometry.get("type").asString();
        JsonNode coordinates = geometry.get("coordinates");
        List<Polygon> polygons = new ArrayList<>();
        switch (type) {
            case "Polygon" -> addPolygon(coordinates, polygons);
            case "MultiPolygon" -> {
                for (JsonNode polygon : coordinates) {
                    addPolygon(polygon, polygons);
                }
            }
            default ->
                throw new IllegalArgumentException("boundary geometry must be a Polygon or MultiPolygon, not " + type);
        }
        if (polygons.isEmpty()) {
            throw new IllegalArgumentException("boundary geometry has no usable polygon");
        }
        return polygons.size() == 1
                ? polygons.getFirst()
                : GEOMETRY.createMultiPolygon(polygons.toArray(Polygon[]::new));
    }

    private static void addPolygon(JsonNode rings, List<Polygon> polygons) {
        LinearRing shell = ring(rings.get(0));
        if (shell == null) {
            return;
        }
        List<LinearRing> holes = new ArrayList<>();
        for (int i = 1; i < rings.size(); i++) {
            LinearRing hole = ring(rings.get(i));
            if (hole != null) {
                holes.add(hole);
            }
        }
        polygons.add(GEOMETRY.createPolygon(shell, holes.toArray(LinearRing[]::new)));
    }

    private static @Nullable LinearRing ring(JsonNode positions) {
        List<Coordinate> coordinates = new ArrayList<>();
        for (JsonNode position : positions) {
            coordinates.add(
                    new Coordinate(position.get(0).asDouble(), position.get(1).asDouble()));
        }
        if (!coordinates.isEmpty() && !coordinates.getFirst().equals2D(coordinates.getLast())) {
            coordinates.add(new Coordinate(coordinates.getFirst()));
        }
        if (coordinates.size() < 4) {
            return null;
        }
        return GEOMETRY.createLinearRing(coordinates.toArray(Coordinate[]::new));
    }
}
