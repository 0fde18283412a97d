package org.fusioncentre.assessment.model;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.fusioncentre.geo.AdminLevel;
import org.fusioncentre.geo.AdminUnit;
import org.fusioncentre.geo.Geocoding;
import org.fusioncentre.geo.PCode;

/** Which districts border which, from the gazetteer's boundaries, as the models take it. */
public final class DistrictAdjacency {
    private DistrictAdjacency() {}

    /**
     * The districts of the given provinces, each with its neighbours in those provinces: a history
     * of one province is forecast for that province's districts, not for the whole country.
     */
    public static Map<String, Set<String>> of(Geocoding geocoding, Collection<String> provinces) {
        Map<String, Set<String>> adjacency = new TreeMap<>();
        for (String province : new TreeSet<>(provinces)) {
            if (!province.matches("PK[1-7]")) {
                continue;
            }
            for (AdminUnit district : geocoding.children(PCode.of(province))) {
                if (district.level() != AdminLevel.DISTRICT) {
                    continue;
                }
                Set<String> neighbours = new TreeSet<>();
                for (PCode neighbour : geocoding.neighbours(district.code())) {
                    if (provinces.contains(neighbour.value().substring(0, 3))) {
                        neighbours.add(neighbour.value());
                    }
                }
                adjacency.put(district.code().value(), Set.copyOf(neighbours));
            }
        }
        return Map.copyOf(adjacency);
    }

    /** Every district of the country with its neighbours. */
    public static Map<String, Set<String>> national(Geocoding geocoding) {
        return of(geocoding, Set.of("PK1", "PK2", "PK3", "PK4", "PK5", "PK6", "PK7"));
    }
}
