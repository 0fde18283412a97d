package org.fusioncentre.fusion.scoring;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.fusioncentre.extraction.ObservationBlock;
import org.fusioncentre.geo.AdminLevel;
import org.fusioncentre.geo.AdminUnit;
import org.fusioncentre.geo.Geocoding;
import org.fusioncentre.geo.PCode;

/**
 * Which observations fusion compares with each other. Most blocks are one district's observations
 * (or a province's that name no district). An area joins several districts into one block where
 * reports do not keep them apart:
 *
 * <ul>
 *   <li>a district carved out of another after the reference list ("Lower South Waziristan" out
 *       of South Waziristan, 2022) shares a block with the districts it came from: reports use the
 *       old name and the new one for the same attack for years;
 *   <li>the areas listed in {@code fusion/areas.csv}: a division whose reports often name only the
 *       city — Karachi, which the gazetteer reads as the division, with no district — joins its
 *       districts, and may take its province's observations that name no district.
 * </ul>
 *
 * <p>Within an area, two reports that name two different districts precisely are still two
 * incidents ({@link PairScorer}); a report that names only the city or the old district is
 * compared with both. An area's key is {@code A:} and a P-code; a one-district block keeps its
 * {@link ObservationBlock#key()}.
 */
public final class FusionAreas {
    /** The block a set of observation cells forms, under its key. */
    public record Area(String key, List<ObservationBlock> cells) {
        public Area {
            cells = List.copyOf(cells);
        }
    }

    private static final String SHIPPED = "/fusion/areas.csv";

    private final Map<String, String> areaOfDistrict;
    private final Map<String, String> areaOfDistrictless;
    private final Map<String, Area> areas;
    private final Map<String, Set<String>> carvedFrom;
    private final Map<String, Set<String>> neighbours;

    private FusionAreas(
            Map<String, String> areaOfDistrict,
            Map<String, String> areaOfDistrictless,
            Map<String, Area> areas,
            Map<String, Set<String>> carvedFrom,
            Map<String, Set<String>> neighbours) {
        this.areaOfDistrict = Map.copyOf(areaOfDistrict);
        this.areaOfDistrictless = Map.copyOf(areaOfDistrictless);
        this.areas = Map.copyOf(areas);
        this.carvedFrom = Map.copyOf(carvedFrom);
        this.neighbours = Map.copyOf(neighbours);
    }

    /** Every district its own block, and none bordering another. */
    public static FusionAreas none() {
        return new FusionAreas(Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
    }

    /** The carved districts of the gazetteer and the shipped {@code fusion/areas.csv}. */
    public static FusionAreas shipped(Geocoding geo) {
        try (InputStream in = FusionAreas.class.getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new IllegalStateException(SHIPPED + " is missing from the classpath");
            }
            return read(in, SHIPPED, geo);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads an areas file: {@code unit,districtless,reason} — a division (all its districts) or a
     * district; {@code yes} when the province's observations without a district join the area.
     *
     * @throws IllegalArgumentException naming the line, for an unknown unit, a unit neither a
     *     division nor a district, or a province whose observations without a district two areas
     *     claim
     */
    public static FusionAreas read(InputStream in, String name, Geocoding geo) throws IOException {
        Map<String, String> root = new HashMap<>();
        Map<String, Set<String>> carved = new HashMap<>();
        Map<String, Set<String>> bordering = new HashMap<>();
        List<AdminUnit> districts = districts(geo);
        for (AdminUnit district : districts) {
            Set<String> next = new TreeSet<>();
            geo.neighbours(district.code()).forEach(neighbour -> next.add(neighbour.value()));
            bordering.put(district.code().value(), Set.copyOf(next));
            Set<PCode> origins = geo.carvedFrom(district.code());
            if (!origins.isEmpty()) {
                Set<String> codes = new TreeSet<>();
                origins.forEach(origin -> codes.add(origin.value()));
                carved.put(district.code().value(), codes);
                codes.forEach(origin -> union(root, district.code().value(), origin));
            }
        }
        // an area named in the file is keyed by its unit; a group of carved districts by its oldest
        Map<String, String> named = new HashMap<>();
        Map<String, String> districtless = new HashMap<>();
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#") || text.startsWith("unit,")) {
                continue;
            }
            String[] columns = text.split(",", 3);
            String where = name + " line " + number + ": ";
            if (columns.length < 2) {
                throw new IllegalArgumentException(where + "expected 'unit,districtless,reason'");
            }
            AdminUnit unit = unit(geo, columns[0].strip())
                    .orElseThrow(() -> new IllegalArgumentException(where + "unknown unit " + columns[0].strip()));
            List<String> members = new ArrayList<>();
            if (unit.level() == AdminLevel.DISTRICT) {
                members.add(unit.code().value());
            } else if (unit.level() == AdminLevel.DIVISION) {
                for (AdminUnit district : districts) {
                    if (district.province().equals(unit.province())
                            && unit.name().equals(district.division())) {
                        members.add(district.code().value());
                    }
                }
            } else {
                throw new IllegalArgumentException(where + unit.code() + " is neither a division nor a district");
            }
            for (String member : members) {
                union(root, members.getFirst(), member);
            }
            named.put(members.getFirst(), unit.code().value());
            if (columns[1].strip().toLowerCase(Locale.ROOT).equals("yes")) {
                String province = unit.province().value();
                if (districtless.put(province, members.getFirst()) != null) {
                    throw new IllegalArgumentException(
                            where + "two areas take the observations of " + province + " without a district");
                }
            }
        }
        Map<String, List<String>> groups = new TreeMap<>();
        for (String district : new TreeSet<>(root.keySet())) {
            groups.computeIfAbsent(find(root, district), r -> new ArrayList<>()).add(district);
        }
        Map<String, String> areaOfDistrict = new HashMap<>();
        Map<String, String> areaOfDistrictless = new HashMap<>();
        Map<String, Area> areas = new HashMap<>();
        Map<String, String> namedByRoot = new HashMap<>();
        named.forEach((member, unit) -> namedByRoot.put(find(root, member), unit));
        for (Map.Entry<String, List<String>> group : groups.entrySet()) {
            String unit = namedByRoot.get(group.getKey());
            String key = "A:"
                    + (unit != null
                            ? unit
                            : group.getValue().stream()
                                    .filter(district -> !carved.containsKey(district))
                                    .findFirst()
                                    .orElse(group.getKey()));
            List<ObservationBlock> cells = new ArrayList<>();
            for (String district : group.getValue()) {
                cells.add(new ObservationBlock(district, null));
                areaOfDistrict.put(district, key);
            }
            for (Map.Entry<String, String> entry : districtless.entrySet()) {
                if (group.getValue().contains(entry.getValue())) {
                    cells.add(new ObservationBlock(null, entry.getKey()));
                    areaOfDistrictless.put(entry.getKey(), key);
                }
            }
            areas.put(key, new Area(key, cells));
        }
        return new FusionAreas(areaOfDistrict, areaOfDistrictless, areas, carved, bordering);
    }

    private static java.util.Optional<AdminUnit> unit(Geocoding geo, String code) {
        try {
            return geo.unit(PCode.of(code));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    private static List<AdminUnit> districts(Geocoding geo) {
        List<AdminUnit> districts = new ArrayList<>();
        for (int province = 1; province <= 7; province++) {
            for (AdminUnit unit : geo.children(PCode.of("PK" + province))) {
                if (unit.level() == AdminLevel.DISTRICT) {
                    districts.add(unit);
                }
            }
        }
        return districts;
    }

    /** The block these observations belong to. */
    public Area of(ObservationBlock cell) {
        String key = cell.districtPcode() != null
                ? areaOfDistrict.get(cell.districtPcode())
                : cell.provincePcode() != null ? areaOfDistrictless.get(cell.provincePcode()) : null;
        return key == null ? new Area(cell.key(), List.of(cell)) : areas.get(key);
    }

    /**
     * The block stored under a key: an area's, or a one-district (or province, or unplaced) block's
     * — which, keyed before its district joined an area, now answers that area.
     */
    public Area fromKey(String key) {
        Area area = areas.get(key);
        if (area != null) {
            return area;
        }
        if (key.startsWith("D:")) {
            return of(new ObservationBlock(key.substring(2), null));
        }
        if (key.startsWith("P:")) {
            return of(new ObservationBlock(null, key.substring(2)));
        }
        return of(new ObservationBlock(null, null));
    }

    /** The districts bordering a district (by the gazetteer's boundaries); empty when unknown. */
    public Set<String> neighbours(String district) {
        return neighbours.getOrDefault(district, Set.of());
    }

    /** Whether two districts share a border. */
    public boolean bordering(String district, String other) {
        return neighbours(district).contains(other);
    }

    /** Whether one district was carved out of the other. */
    public boolean nested(String district, String other) {
        return carvedFrom.getOrDefault(district, Set.of()).contains(other)
                || carvedFrom.getOrDefault(other, Set.of()).contains(district);
    }

    private static String find(Map<String, String> root, String node) {
        String parent = root.computeIfAbsent(node, n -> n);
        if (parent.equals(node)) {
            return node;
        }
        String top = find(root, parent);
        root.put(node, top);
        return top;
    }

    private static void union(Map<String, String> root, String a, String b) {
        String x = find(root, a);
        String y = find(root, b);
        if (!x.equals(y)) {
            // the smaller code roots the group: deterministic whatever the order of the rows
            if (x.compareTo(y) < 0) {
                root.put(y, x);
            } else {
                root.put(x, y);
            }
        }
    }
}
