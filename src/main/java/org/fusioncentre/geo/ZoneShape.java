package org.fusioncentre.geo;

import static java.util.Objects.requireNonNull;

import org.fusioncentre.geo.gazetteer.GeoJson;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/** The area of a red zone: a circle around a point, or a polygon. */
public sealed interface ZoneShape {
    double EARTH_RADIUS_METRES = 6_371_008.8;

    boolean contains(double lat, double lon);

    /**
     * A polygon zone from GeoJSON text (a Polygon or MultiPolygon, or a Feature holding one).
     *
     * @throws IllegalArgumentException saying what is wrong with the text or the polygon
     */
    static Area polygon(String geoJson) {
        return new Area(geoJson, GeoJson.polygon(geoJson));
    }

    /**
     * @param radiusMetres from 1 m to 100 km
     */
    record Circle(double lat, double lon, double radiusMetres) implements ZoneShape {
        public Circle {
            Coordinates.check(lat, lon);
            if (!(radiusMetres >= 1 && radiusMetres <= 100_000)) {
                throw new IllegalArgumentException(
                        "a zone's radius must be between 1 m and 100 km, not " + radiusMetres);
            }
        }

        @Override
        public boolean contains(double lat, double lon) {
            double phi1 = Math.toRadians(this.lat);
            double phi2 = Math.toRadians(lat);
            double dPhi = phi2 - phi1;
            double dLambda = Math.toRadians(lon - this.lon);
            double a = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
                    + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
            double distance = 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(a)));
            return distance <= radiusMetres;
        }
    }

    /** A polygon given as GeoJSON (a Polygon or MultiPolygon geometry), kept as received. */
    final class Area implements ZoneShape {
        private static final GeometryFactory GEOMETRY = new GeometryFactory();
        private final String geoJson;
        private final PreparedGeometry shape;

        public Area(String geoJson, Geometry geometry) {
            this.geoJson = requireNonNull(geoJson, "geoJson is null");
            requireNonNull(geometry, "geometry is null");
            if (geometry.isEmpty() || !geometry.isValid()) {
                throw new IllegalArgumentException("a zone's polygon must be a valid, non-empty polygon");
            }
            this.shape = PreparedGeometryFactory.prepare(geometry);
        }

        public String geoJson() {
            return geoJson;
        }

        @Override
        public boolean contains(double lat, double lon) {
            return shape.covers(GEOMETRY.createPoint(new Coordinate(lon, lat)));
        }
    }
}
