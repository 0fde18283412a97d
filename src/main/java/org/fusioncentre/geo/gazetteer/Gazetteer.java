package org.fusioncentre.geo.gazetteer;

import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.fusioncentre.geo.AdminLevel;
import org.fusioncentre.geo.AdminPath;
import org.fusioncentre.geo.AdminUnit;
import org.fusioncentre.geo.Coordinates;
import org.fusioncentre.geo.GeoCandidate;
import org.fusioncentre.geo.GeoPrecision;
import org.fusioncentre.geo.Geocoding;
import org.fusioncentre.geo.PCode;
import org.fusioncentre.geo.ResolveContext;
import org.fusioncentre.geo.ReverseResult;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Pakistan's gazetteer over the shipped reference data (see NOTICE): OCHA admin units with this
 * project's additions, curated aliases, GeoNames places, OSM boundaries. Immutable once loaded and
 * safe to share between threads.
 */
public final class Gazetteer implements Geocoding {
    /** Mentions longer than this are not place names: they get no match, quickly. */
    public static final int MAX_MENTION = NameNormalizer.MAX_LENGTH;

    private static final int MAX_CANDIDATES = 10;
    private static final int MAX_CONTEXT = 20_000;
    private static final Pattern LANDMARK = Pattern.compile(
            "(?i)^(?:the\\s+)?(.+?)\\s+(international airport|airport|railway station|railway stn|cantonment|cantt|high court|district courts?|"
                    + "judicial complex|press club|bus (?:stand|terminal|adda)|university|central jail|jail|prison|police lines|"
                    + "civil hospital|teaching hospital|hospital|stadium|bypass|toll plaza|sea ?port|port|fort|bazaar|main market|grand mosque)$");
    private static final Pattern CONTAINED = Pattern.compile(
            "(?i)^(.+?)(?:\\s+(?:area|village|town|locality|mohalla|neighbourhood|tehsil|sub-division|region|vicinity|outskirts|suburbs?))?"
                    + "\\s+(?:of|in|near|outside)\\s+(?:the\\s+)?(.+)$");
    private static final Pattern COMMA = Pattern.compile("^([^,]+),\\s*(.+)$");
    private static final Pattern CONTAINED_WORDS = Pattern.compile(" (?:of|in|near|outside) ");
    /** Last words of landmark phrases: the landmark pattern runs only on mentions ending in one. */
    private static final Set<String> LANDMARK_ENDINGS = Set.of(
            "airport",
            "station",
            "stn",
            "cantonment",
            "cantt",
            "court",
            "courts",
            "complex",
            "club",
            "stand",
            "terminal",
            "adda",
            "university",
            "jail",
            "prison",
            "lines",
            "hospital",
            "stadium",
            "bypass",
            "plaza",
            "port",
            "seaport",
            "fort",
            "bazaar",
            "market",
            "mosque");

    private static final Pattern LEVEL_WORD = Pattern.compile("(?i)\\b(district|tehsil|division|province)\\b");
    private static final Map<String, String> PROVINCE_POLYGON_NAMES = Map.of(
            "Azad Jammu & Kashmir", "PK1",
            "Balochistan", "PK2",
            "Gilgit-Baltistan", "PK3",
            "Islamabad Capital Territory", "PK4",
            "Khyber Pakhtunkhwa", "PK5",
            "Punjab", "PK6",
            "Sindh", "PK7");

    /** One name's reading in the index. */
    private record Entry(
            AdminUnit unit,
            GeoPrecision precision,
            double lat,
            double lon,
            @Nullable String place,
            double weight,
            String via) {}

    private final Map<PCode, AdminUnit> units;
    private final Map<PCode, List<AdminUnit>> children;
    private final Map<String, List<Entry>> index;
    private final Map<String, List<Entry>> landmarks;
    /** First words of the names of admin units (not places), so a text scan skips other words at once. */
    private final Set<String> unitFirstWords;

    private final Set<String> regionWords;

    private final Boundaries districts;
    private final Boundaries provinces;
    private final String districtsGeoJson;
    private final String provincesGeoJson;
    private final Map<PCode, double[]> districtInteriorPoints;
    private final Map<PCode, Geometry> districtShapes;
    /** Every district carved out after the reference list, with the districts it came from. */
    private final Map<PCode, Set<PCode>> origins;
    /** Computed on first use: fusion and assessment need it, resolving places does not. */
    private volatile @Nullable Map<PCode, Set<PCode>> neighbours;

    private Gazetteer(Builder builder) {
        this.units = Map.copyOf(builder.units);
        Map<PCode, List<AdminUnit>> byParent = new HashMap<>();
        for (AdminUnit unit : builder.units.values()) {
            if (unit.parent() != null) {
                byParent.computeIfAbsent(unit.parent(), key -> new ArrayList<>())
                        .add(unit);
            }
        }
        byParent.values().forEach(list -> list.sort(Comparator.comparing(AdminUnit::code)));
        this.children = Map.copyOf(byParent);
        Map<String, List<Entry>> frozen = new HashMap<>();
        builder.index.forEach((name, entries) -> frozen.put(name, List.copyOf(entries)));
        this.index = Map.copyOf(frozen);
        Set<String> unitFirstWords = new HashSet<>();
        frozen.forEach((name, entries) -> {
            if (entries.stream().anyMatch(entry -> entry.place() == null)) {
                int space = name.indexOf(' ');
                unitFirstWords.add(space < 0 ? name : name.substring(0, space));
            }
        });
        this.unitFirstWords = Set.copyOf(unitFirstWords);
        Set<String> regionWords = new HashSet<>();
        frozen.forEach((name, entries) -> {
            boolean region = entries.stream()
                    .anyMatch(entry -> entry.place() == null && entry.unit().level() != AdminLevel.DIVISION);
            if (region) {
                regionWords.addAll(List.of(name.split(" ")));
            }
        });
        regionWords.remove("");
        this.regionWords = Set.copyOf(regionWords);
        this.landmarks = Map.copyOf(builder.landmarks);
        this.districts = builder.districts;
        this.provinces = builder.provinces;
        this.districtsGeoJson = builder.districtsGeoJson;
        this.provincesGeoJson = builder.provincesGeoJson;
        this.districtInteriorPoints = Map.copyOf(builder.interiorPoints);
        this.districtShapes = Map.copyOf(builder.districtShapes);
        this.origins = Map.copyOf(builder.origins);
    }

    /** Loads the reference data shipped in the jar under {@code /geo/}. */
    public static Gazetteer fromClasspath() {
        return new Builder().load(name -> {
            InputStream in = Gazetteer.class.getResourceAsStream("/geo/" + name);
            if (in == null) {
                throw new IllegalStateException("the reference data file geo/" + name + " is missing from this build");
            }
            return in;
        });
    }

    /** Opens one reference data file by name. */
    @FunctionalInterface
    public interface DataFiles {
        InputStream open(String name) throws IOException;
    }

    public static Gazetteer load(DataFiles files) {
        return new Builder().load(files);
    }

    // ---------------------------------------------------------------------------------------
    // resolving mentions

    @Override
    public List<GeoCandidate> resolve(String mention, ResolveContext context) {
        if (mention == null) {
            return List.of();
        }
        String text = mention.strip();
        if (text.isEmpty() || text.length() > MAX_MENTION) {
            return List.of();
        }
        Hints hints = hints(text, context);
        Map<String, GeoCandidate> found = new LinkedHashMap<>();
        Matcher landmark = LANDMARK.matcher(text);
        for (Entry entry : landmarks.getOrDefault(NameNormalizer.normalize(text), List.of())) {
            add(found, entry, GeoPrecision.POINT, text, "landmark", 0, hints);
        }
        if (found.isEmpty() && mayBeLandmark(text) && landmark.matches()) {
            for (Entry entry : lookup(landmark.group(1))) {
                // a landmark of a town or district is a place in it; of a division or province, no finer than that
                boolean local = entry.place() != null
                        || entry.unit().level() == AdminLevel.DISTRICT
                        || entry.unit().level() == AdminLevel.TEHSIL;
                add(found, entry, local ? GeoPrecision.PLACE : entry.precision(), text, "landmark", 0, hints);
            }
        }
        if (found.isEmpty() && text.indexOf(' ') > 0) {
            String lower = text.toLowerCase(Locale.ROOT);
            Matcher contained;
            Matcher comma;
            if (CONTAINED_WORDS.matcher(lower).find() && (contained = CONTAINED.matcher(text)).matches()) {
                resolveContained(contained.group(1), contained.group(2), hints, found);
            } else if (text.indexOf(',') > 0 && (comma = COMMA.matcher(text)).matches()) {
                resolveContained(comma.group(1), comma.group(2), hints, found);
            }
        }
        if (found.isEmpty()) {
            for (Entry entry : lookup(text)) {
                add(found, entry, entry.precision(), entry.place(), entry.via(), 0, hints);
            }
        }
        return found.values().stream()
                .sorted(Comparator.comparingDouble(GeoCandidate::score)
                        .reversed()
                        .thenComparing(candidate -> candidate.unit().code()))
                .limit(MAX_CANDIDATES)
                .toList();
    }

    private static boolean mayBeLandmark(String text) {
        int space = text.lastIndexOf(' ');
        return space > 0 && LANDMARK_ENDINGS.contains(text.substring(space + 1).toLowerCase(Locale.ROOT));
    }

    /** "X area of Y": X inside Y if X is known there, else Y itself, keeping X as the place named. */
    private void resolveContained(String inner, String outer, Hints hints, Map<String, GeoCandidate> found) {
        List<Entry> containers =
                lookup(outer).stream().filter(entry -> entry.place() == null).toList();
        if (containers.isEmpty()) {
            return;
        }
        for (Entry entry : lookup(inner)) {
            for (Entry container : containers) {
                if (within(entry.unit(), container.unit())) {
                    add(found, entry, entry.precision(), entry.place(), "container", 0.5, hints);
                }
            }
        }
        if (found.isEmpty()) {
            for (Entry container : containers) {
                add(found, container, container.precision(), inner.strip(), "container", 0, hints);
            }
        }
    }

    private List<Entry> lookup(String name) {
        String key = NameNormalizer.normalize(name);
        return key.isEmpty() ? List.of() : index.getOrDefault(key, List.of());
    }

    private void add(
            Map<String, GeoCandidate> found,
            Entry entry,
            GeoPrecision precision,
            @Nullable String place,
            String via,
            double bonus,
            Hints hints) {
        AdminPath path = path(entry.unit());
        double score = entry.weight() + bonus + hints.boost(entry.unit(), path, precision);
        String key =
                entry.unit().code() + "|" + precision + "|" + (place == null ? "" : place.toLowerCase(Locale.ROOT));
        GeoCandidate existing = found.get(key);
        if (existing == null || existing.score() < score) {
            found.put(
                    key, new GeoCandidate(entry.unit(), path, precision, entry.lat(), entry.lon(), place, score, via));
        }
    }

    private boolean within(AdminUnit unit, AdminUnit container) {
        if (unit.code().equals(container.code())) {
            return false;
        }
        if (container.level() == AdminLevel.DIVISION) {
            AdminUnit district = districtOf(unit);
            return district != null
                    && container.code().equals(district.parent() == null ? null : divisionCodeOf(district));
        }
        for (AdminUnit step = unit; step != null; step = step.parent() == null ? null : units.get(step.parent())) {
            if (step.code().equals(container.code())) {
                return true;
            }
        }
        return false;
    }

    private @Nullable PCode divisionCodeOf(AdminUnit district) {
        for (AdminUnit division : children.getOrDefault(district.province(), List.of())) {
            if (division.level() == AdminLevel.DIVISION && division.name().equals(district.division())) {
                return division.code();
            }
        }
        return null;
    }

    private @Nullable AdminUnit districtOf(AdminUnit unit) {
        return switch (unit.level()) {
            case DISTRICT -> unit;
            case TEHSIL -> unit.parent() == null ? null : units.get(unit.parent());
            case PROVINCE, DIVISION -> null;
        };
    }

    private AdminPath path(AdminUnit unit) {
        AdminUnit province = requireNonNull(units.get(unit.province()), "no province for " + unit.code());
        AdminUnit district = districtOf(unit);
        AdminUnit tehsil = unit.level() == AdminLevel.TEHSIL ? unit : null;
        String division =
                unit.level() == AdminLevel.DIVISION ? unit.name() : district == null ? null : district.division();
        return new AdminPath(province, division, district, tehsil);
    }

    /** What the mention's words and its context say about where it lies. */
    private record Hints(
            Set<PCode> districts,
            Set<PCode> provinces,
            @Nullable AdminLevel level) {
        double boost(AdminUnit unit, AdminPath path, GeoPrecision precision) {
            double boost = 0;
            if (path.district() != null && districts.contains(path.district().code())) {
                boost += 0.5;
            }
            if (provinces.contains(path.province().code())) {
                boost += 0.25;
            }
            if (level != null && level == unit.level() && precision == GeoPrecision.of(level)) {
                boost += 0.3;
            }
            return boost;
        }
    }

    private Hints hints(String mention, ResolveContext context) {
        Set<PCode> districtCodes = new HashSet<>();
        Set<PCode> provinceCodes = new HashSet<>();
        if (context.province() != null) {
            provinceCodes.add(context.province());
        }
        String text = context.text();
        if (text != null && !text.isBlank()) {
            ContextUnits units = contextUnits(text);
            districtCodes.addAll(units.districts());
            provinceCodes.addAll(units.provinces());
        }
        AdminLevel levelWord = null;
        if (mention.length() > 6) {
            Matcher level = LEVEL_WORD.matcher(mention);
            levelWord = level.find() ? AdminLevel.valueOf(level.group(1).toUpperCase(Locale.ROOT)) : null;
        }
        return new Hints(districtCodes, provinceCodes, levelWord);
    }

    /** The units a context text names; the last one is kept, as callers resolve many mentions against one text. */
    private record ContextUnits(String text, Set<PCode> districts, Set<PCode> provinces) {}

    private final java.util.concurrent.atomic.AtomicReference<@Nullable ContextUnits> lastContext =
            new java.util.concurrent.atomic.AtomicReference<>();

    private ContextUnits contextUnits(String text) {
        ContextUnits last = lastContext.get();
        if (last != null && last.text().equals(text)) {
            return last;
        }
        Set<PCode> districtCodes = new HashSet<>();
        Set<PCode> provinceCodes = new HashSet<>();
        scanUnits(text.length() > MAX_CONTEXT ? text.substring(0, MAX_CONTEXT) : text, districtCodes, provinceCodes);
        ContextUnits units = new ContextUnits(text, Set.copyOf(districtCodes), Set.copyOf(provinceCodes));
        lastContext.set(units);
        return units;
    }

    /** Finds district and province names (and aliases) in running text, up to four words long. */
    private void scanUnits(String text, Set<PCode> districtCodes, Set<PCode> provinceCodes) {
        for (String chunk : text.split("[.;:!?\\n()\\[\\]\"]+")) {
            for (String piece : chunk.length() > NameNormalizer.MAX_LENGTH ? chunk.split(",") : new String[] {chunk}) {
                String[] tokens = NameNormalizer.normalize(piece).split(" ");
                for (int start = 0; start < tokens.length; start++) {
                    if (!unitFirstWords.contains(tokens[start])) {
                        continue;
                    }
                    StringBuilder name = new StringBuilder();
                    for (int length = 1; length <= 4 && start + length <= tokens.length; length++) {
                        if (length > 1) {
                            name.append(' ');
                        }
                        name.append(tokens[start + length - 1]);
                        for (Entry entry : index.getOrDefault(name.toString(), List.of())) {
                            if (entry.place() != null) {
                                continue;
                            }
                            switch (entry.unit().level()) {
                                case DISTRICT -> districtCodes.add(entry.unit().code());
                                case PROVINCE -> provinceCodes.add(entry.unit().code());
                                case DIVISION, TEHSIL -> {}
                            }
                        }
                    }
                }
            }
        }
    }

    // ---------------------------------------------------------------------------------------
    // units, points, shapes

    @Override
    public Optional<AdminUnit> unit(PCode code) {
        return Optional.ofNullable(units.get(code));
    }

    @Override
    public List<AdminUnit> children(PCode code) {
        return children.getOrDefault(code, List.of());
    }

    @Override
    public ReverseResult reverse(double lat, double lon) {
        Coordinates.check(lat, lon);
        PCode districtCode = districts.covering(lat, lon);
        if (districtCode != null) {
            AdminUnit district = requireNonNull(units.get(districtCode));
            return new ReverseResult.Inside(new AdminPath(
                    requireNonNull(units.get(district.province())),
                    district.division(),
                    district,
                    nearestTehsil(district, lat, lon)));
        }
        PCode provinceCode = provinces.covering(lat, lon);
        if (provinceCode != null) {
            // inside a province but in a sliver between simplified district shapes
            return new ReverseResult.Inside(new AdminPath(requireNonNull(units.get(provinceCode)), null, null, null));
        }
        return new ReverseResult.Outside();
    }

    /**
     * Tehsils have no shipped polygons: the tehsil whose centroid is nearest, among the district's
     * tehsils, stands in for the one that covers the point.
     */
    private @Nullable AdminUnit nearestTehsil(AdminUnit district, double lat, double lon) {
        AdminUnit nearest = null;
        double best = Double.MAX_VALUE;
        double scale = Math.cos(Math.toRadians(lat));
        for (AdminUnit tehsil : children.getOrDefault(district.code(), List.of())) {
            if (tehsil.level() != AdminLevel.TEHSIL) {
                continue;
            }
            double dx = (tehsil.lon() - lon) * scale;
            double dy = tehsil.lat() - lat;
            double distance = dx * dx + dy * dy;
            if (distance < best) {
                best = distance;
                nearest = tehsil;
            }
        }
        return nearest;
    }

    @Override
    public String districtsGeoJson() {
        return districtsGeoJson;
    }

    @Override
    public String provincesGeoJson() {
        return provincesGeoJson;
    }

    @Override
    public Set<PCode> carvedFrom(PCode district) {
        return origins.getOrDefault(district, Set.of());
    }

    @Override
    public Set<String> regionWords() {
        return regionWords;
    }

    @Override
    public Set<PCode> neighbours(PCode district) {
        Map<PCode, Set<PCode>> known = neighbours;
        if (known == null) {
            known = computeNeighbours();
        }
        return known.getOrDefault(district, Set.of());
    }

    /**
     * Districts whose polygons come within {@value #BORDER_TOLERANCE_DEGREES} degrees of each
     * other share a border: the shipped shapes are simplified, so neighbours can be left with a
     * sliver between them. A district carved out after the boundaries were drawn has no polygon of
     * its own: it borders the districts it was carved from and their neighbours.
     */
    private synchronized Map<PCode, Set<PCode>> computeNeighbours() {
        Map<PCode, Set<PCode>> known = neighbours;
        if (known != null) {
            return known;
        }
        Map<PCode, Set<PCode>> found = new HashMap<>();
        List<Map.Entry<PCode, Geometry>> shapes = new ArrayList<>(districtShapes.entrySet());
        for (int i = 0; i < shapes.size(); i++) {
            Map.Entry<PCode, Geometry> one = shapes.get(i);
            Envelope reach = new Envelope(one.getValue().getEnvelopeInternal());
            reach.expandBy(BORDER_TOLERANCE_DEGREES);
            for (int j = i + 1; j < shapes.size(); j++) {
                Map.Entry<PCode, Geometry> other = shapes.get(j);
                if (reach.intersects(other.getValue().getEnvelopeInternal())
                        && one.getValue().isWithinDistance(other.getValue(), BORDER_TOLERANCE_DEGREES)) {
                    link(found, one.getKey(), other.getKey());
                }
            }
        }
        origins.forEach((district, parents) -> {
            if (districtShapes.containsKey(district)) {
                return; // a carved district with a polygon of its own has its real borders
            }
            for (PCode parent : parents) {
                link(found, district, parent);
                for (PCode parentNeighbour : Set.copyOf(found.getOrDefault(parent, Set.of()))) {
                    if (!parentNeighbour.equals(district)) {
                        link(found, district, parentNeighbour);
                    }
                }
            }
        });
        Map<PCode, Set<PCode>> frozen = new HashMap<>();
        found.forEach((code, set) -> frozen.put(code, Set.copyOf(set)));
        neighbours = Map.copyOf(frozen);
        return neighbours;
    }

    private static final double BORDER_TOLERANCE_DEGREES = 0.02;

    private static void link(Map<PCode, Set<PCode>> found, PCode one, PCode other) {
        found.computeIfAbsent(one, key -> new HashSet<>()).add(other);
        found.computeIfAbsent(other, key -> new HashSet<>()).add(one);
    }

    /** A point inside each district polygon, for checks that every polygon answers for itself. */
    public Map<PCode, double[]> districtInteriorPoints() {
        return districtInteriorPoints;
    }

    // ---------------------------------------------------------------------------------------
    // loading

    private static final class Builder {
        private final Map<PCode, AdminUnit> units = new LinkedHashMap<>();
        private final Map<String, List<Entry>> index = new HashMap<>();
        private final Map<String, List<Entry>> landmarks = new HashMap<>();
        private final Map<PCode, double[]> interiorPoints = new LinkedHashMap<>();
        private final Map<PCode, Geometry> districtShapes = new LinkedHashMap<>();
        private final Map<PCode, Set<PCode>> origins = new LinkedHashMap<>();
        private final Boundaries districts = new Boundaries();
        private final Boundaries provinces = new Boundaries();
        private final JsonMapper json = JsonMapper.builder().build();
        private String districtsGeoJson = "";
        private String provincesGeoJson = "";

        Gazetteer load(DataFiles files) {
            try {
                // Parsing the boundaries is the slow part: it runs beside the table reading.
                CompletableFuture<List<Feature>> districtShapes =
                        CompletableFuture.supplyAsync(() -> features(files, "pak_districts.geojson"));
                CompletableFuture<List<Feature>> provinceShapes =
                        CompletableFuture.supplyAsync(() -> features(files, "pak_provinces.geojson"));
                readAdminUnits(files.open("pak_admin_units.csv"));
                readSupplement(files.open("supplement_units.csv"));
                readAliases(files.open("aliases.csv"));
                districtsGeoJson = readDistricts(join(districtShapes));
                provincesGeoJson = readProvinces(join(provinceShapes));
                readPlaces(files.open("pak_places.tsv"));
                readLandmarks(files.open("landmarks.csv"));
            } catch (IOException e) {
                throw new UncheckedIOException("could not read the gazetteer's reference data", e);
            }
            return new Gazetteer(this);
        }

        private void readAdminUnits(InputStream in) throws IOException {
            for (CSVRecord row : csv(in)) {
                AdminLevel level = AdminLevel.valueOf(row.get("level_name").toUpperCase(Locale.ROOT));
                String parent = row.get("parent_pcode");
                String urdu = row.get("name_ur");
                boolean urduTrusted = !urdu.isBlank() && "0".equals(row.get("ur_suspect"));
                AdminUnit unit = new AdminUnit(
                        PCode.of(row.get("pcode")),
                        level,
                        row.get("name_en"),
                        urduTrusted ? urdu : null,
                        parent.isBlank() ? null : PCode.of(parent),
                        blankToNull(row.get("division_en")),
                        Double.parseDouble(row.get("lat")),
                        Double.parseDouble(row.get("lon")));
                addUnit(unit);
            }
        }

        private void readSupplement(InputStream in) throws IOException {
            for (CSVRecord row : csv(in)) {
                AdminLevel level = AdminLevel.valueOf(row.get("level").toUpperCase(Locale.ROOT));
                String urdu = row.get("name_ur");
                addUnit(new AdminUnit(
                        PCode.of(row.get("pcode")),
                        level,
                        row.get("name_en"),
                        blankToNull(urdu),
                        PCode.of(row.get("parent_pcode")),
                        blankToNull(row.get("division_en")),
                        Double.parseDouble(row.get("lat")),
                        Double.parseDouble(row.get("lon"))));
                if (level == AdminLevel.DISTRICT) {
                    // "carved out of Lasbela (PK217)": the note names the districts it came from
                    Set<PCode> parents = new LinkedHashSet<>();
                    Matcher code = PARENT_DISTRICT.matcher(row.get("note"));
                    while (code.find()) {
                        parents.add(PCode.of(code.group()));
                    }
                    if (!parents.isEmpty()) {
                        origins.put(PCode.of(row.get("pcode")), Set.copyOf(parents));
                    }
                }
            }
        }

        private static final Pattern PARENT_DISTRICT = Pattern.compile("PK\\d{3}\\b");

        private void addUnit(AdminUnit unit) {
            if (units.put(unit.code(), unit) != null) {
                throw new IllegalStateException("P-code " + unit.code() + " appears twice in the reference data");
            }
            double weight = switch (unit.level()) {
                case PROVINCE, DISTRICT -> 1.0;
                // Below a district of the same name (Quetta, Peshawar), above a town point: "Karachi"
                // names no district, so it reads as the division of its districts.
                case DIVISION -> 0.9;
                case TEHSIL -> 0.85; // a district of the same name is the likelier reading
            };
            GeoPrecision precision = GeoPrecision.of(unit.level());
            addName(unit.name(), new Entry(unit, precision, unit.lat(), unit.lon(), null, weight, "unit"));
            if (unit.nameUrdu() != null) {
                addName(unit.nameUrdu(), new Entry(unit, precision, unit.lat(), unit.lon(), null, weight, "unit"));
            }
        }

        private void readAliases(InputStream in) throws IOException {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String withoutComments =
                    text.lines().filter(line -> !line.startsWith("#")).collect(Collectors.joining("\n"));
            for (CSVRecord row : csv(new StringReader(withoutComments))) {
                PCode code = PCode.of(row.get("pcode"));
                AdminUnit unit = units.get(code);
                if (unit == null) {
                    throw new IllegalStateException("alias '" + row.get("alias") + "' names unknown P-code " + code);
                }
                if (!unit.name().equals(row.get("target_name"))) {
                    throw new IllegalStateException("alias '" + row.get("alias") + "': " + code + " is " + unit.name()
                            + ", not " + row.get("target_name"));
                }
                addName(
                        row.get("alias"),
                        new Entry(unit, GeoPrecision.of(unit.level()), unit.lat(), unit.lon(), null, 0.95, "alias"));
            }
        }

        /** A boundary feature: its properties, its GeoJSON geometry, and that geometry for JTS. */
        private record Feature(JsonNode properties, JsonNode geometry, Geometry shape) {}

        private List<Feature> features(DataFiles files, String name) {
            try (InputStream in = files.open(name)) {
                List<Feature> features = new ArrayList<>();
                for (JsonNode feature : json.readTree(in).get("features")) {
                    features.add(new Feature(
                            feature.get("properties"),
                            feature.get("geometry"),
                            Boundaries.geometry(feature.get("geometry"))));
                }
                return features;
            } catch (IOException e) {
                throw new UncheckedIOException("could not read " + name, e);
            }
        }

        private static <T> T join(CompletableFuture<T> future) throws IOException {
            try {
                return future.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof UncheckedIOException io) {
                    throw io.getCause();
                }
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw e;
            }
        }

        private String readDistricts(List<Feature> shapes) {
            Map<String, AdminUnit> supplementDistricts = new HashMap<>();
            for (AdminUnit unit : units.values()) {
                if (unit.level() == AdminLevel.DISTRICT && unit.code().value().matches("PK\\d9\\d")) {
                    supplementDistricts.put(NameNormalizer.normalize(unit.name()), unit);
                }
            }
            ArrayNode features = json.createArrayNode();
            for (Feature feature : shapes) {
                String name = feature.properties().get("name").asString();
                AdminUnit own = supplementDistricts.get(NameNormalizer.normalize(name));
                PCode code = own != null
                        ? own.code()
                        : PCode.of(feature.properties().get("ocha_pcode").asString());
                AdminUnit district = units.get(code);
                if (district == null) {
                    throw new IllegalStateException("district polygon " + name + " names unknown P-code " + code);
                }
                districts.add(code, feature.shape());
                districtShapes.put(code, feature.shape());
                Coordinate inside = Boundaries.interiorPoint(feature.shape());
                interiorPoints.put(code, new double[] {inside.y, inside.x});
                features.add(feature(feature.geometry(), district, name));
            }
            districts.build();
            return collection(features);
        }

        private String readProvinces(List<Feature> shapes) {
            ArrayNode features = json.createArrayNode();
            for (Feature feature : shapes) {
                String name = feature.properties().get("name").asString();
                String code = PROVINCE_POLYGON_NAMES.get(name);
                if (code == null) {
                    throw new IllegalStateException("province polygon '" + name + "' has no P-code");
                }
                AdminUnit province = requireNonNull(units.get(PCode.of(code)));
                provinces.add(province.code(), feature.shape());
                features.add(feature(feature.geometry(), province, name));
            }
            provinces.build();
            return collection(features);
        }

        private ObjectNode feature(JsonNode geometry, AdminUnit unit, String boundaryName) {
            ObjectNode properties = json.createObjectNode()
                    .put("pcode", unit.code().value())
                    .put("name", unit.name())
                    .put("boundary_name", boundaryName)
                    .put("province_pcode", unit.province().value());
            if (unit.division() != null) {
                properties.put("division", unit.division());
            }
            ObjectNode feature = json.createObjectNode().put("type", "Feature");
            feature.set("properties", properties);
            feature.set("geometry", geometry);
            return feature;
        }

        private String collection(ArrayNode features) {
            ObjectNode collection = json.createObjectNode().put("type", "FeatureCollection");
            collection.set("features", features);
            return json.writeValueAsString(collection);
        }

        /** GeoNames towns: each lands in the district whose polygon covers it (their admin1 codes are outdated). */
        private void readPlaces(InputStream in) throws IOException {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String header = lines.readLine();
                if (header == null || !header.startsWith("geonameid\t")) {
                    throw new IllegalStateException("pak_places.tsv does not start with its header");
                }
                String line;
                while ((line = lines.readLine()) != null) {
                    String[] columns = line.split("\t", -1);
                    double lat = Double.parseDouble(columns[4]);
                    double lon = Double.parseDouble(columns[5]);
                    PCode districtCode = districts.covering(lat, lon);
                    if (districtCode == null) {
                        continue;
                    }
                    AdminUnit district = requireNonNull(units.get(districtCode));
                    long population = columns[9].isBlank() ? 0 : Long.parseLong(columns[9]);
                    double weight = 0.8 + (population >= 100_000 ? 0.05 : 0);
                    Set<String> names = new HashSet<>();
                    names.add(columns[1]);
                    names.add(columns[2]);
                    for (String alternate : columns[3].split(",")) {
                        if (alternate.length() >= 3 && alternate.chars().noneMatch(Character::isDigit)) {
                            names.add(alternate);
                        }
                    }
                    for (String name : names) {
                        addName(name, new Entry(district, GeoPrecision.PLACE, lat, lon, columns[1], weight, "place"));
                    }
                }
            }
        }

        /** Landmarks with a known position: their district comes from the polygons, like towns'. */
        private void readLandmarks(InputStream in) throws IOException {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String withoutComments =
                    text.lines().filter(line -> !line.startsWith("#")).collect(Collectors.joining("\n"));
            for (CSVRecord row : csv(new StringReader(withoutComments))) {
                double lat = Double.parseDouble(row.get("lat"));
                double lon = Double.parseDouble(row.get("lon"));
                PCode districtCode = districts.covering(lat, lon);
                if (districtCode == null) {
                    throw new IllegalStateException(
                            "landmark '" + row.get("name") + "' lies outside every district polygon");
                }
                Entry entry = new Entry(
                        requireNonNull(units.get(districtCode)),
                        GeoPrecision.POINT,
                        lat,
                        lon,
                        row.get("name"),
                        1.0,
                        "landmark");
                for (String name : row.get("names").split(";")) {
                    landmarks
                            .computeIfAbsent(NameNormalizer.normalize(name), key -> new ArrayList<>())
                            .add(entry);
                }
            }
        }

        private void addName(String name, Entry entry) {
            String key = NameNormalizer.normalize(name);
            if (!key.isEmpty()) {
                index.computeIfAbsent(key, k -> new ArrayList<>()).add(entry);
            }
        }

        private static Iterable<CSVRecord> csv(InputStream in) throws IOException {
            return csv(new InputStreamReader(in, StandardCharsets.UTF_8));
        }

        private static Iterable<CSVRecord> csv(Reader reader) throws IOException {
            return CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)
                    .getRecords();
        }

        private static @Nullable String blankToNull(String value) {
            return value.isBlank() ? null : value.strip();
        }
    }
}
