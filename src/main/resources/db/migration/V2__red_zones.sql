-- Red zones declared by an authority: a circle (centre and radius) or a polygon (GeoJSON text).
CREATE TABLE red_zone (
    id            UUID          NOT NULL PRIMARY KEY,
    name          VARCHAR(200)  NOT NULL,
    kind          VARCHAR(10)   NOT NULL,
    center_lat    DOUBLE PRECISION,
    center_lon    DOUBLE PRECISION,
    radius_m      DOUBLE PRECISION,
    geometry      VARCHAR,
    authority     VARCHAR(200)  NOT NULL,
    valid_from    TIMESTAMP WITH TIME ZONE NOT NULL,
    valid_until   TIMESTAMP WITH TIME ZONE,
    retired_at    TIMESTAMP WITH TIME ZONE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT red_zone_kind CHECK (kind IN ('CIRCLE', 'POLYGON')),
    CONSTRAINT red_zone_shape CHECK (
        (kind = 'CIRCLE' AND center_lat IS NOT NULL AND center_lon IS NOT NULL AND radius_m IS NOT NULL)
        OR (kind = 'POLYGON' AND geometry IS NOT NULL))
);
