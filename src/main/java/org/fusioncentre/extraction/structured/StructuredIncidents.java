package org.fusioncentre.extraction.structured;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fusioncentre.extraction.ClaimStatus;
import org.fusioncentre.extraction.DatePrecision;
import org.fusioncentre.extraction.EventType;
import org.fusioncentre.extraction.Observation;
import org.fusioncentre.extraction.Qualifier;
import org.fusioncentre.extraction.Target;
import org.fusioncentre.extraction.text.OrganisationMention;
import org.fusioncentre.extraction.text.Organisations;
import org.fusioncentre.geo.AdminLevel;
import org.fusioncentre.geo.AdminUnit;
import org.fusioncentre.geo.GeoCandidate;
import org.fusioncentre.geo.GeoPrecision;
import org.fusioncentre.geo.Geocoding;
import org.fusioncentre.geo.PCode;
import org.fusioncentre.geo.ResolveContext;
import org.fusioncentre.geo.ReverseResult;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A structured {@code incident} object (DESIGN §5) as an observation. It takes the observation
 * shape itself, and the flat columns incident tables give: {@code event_type} as our code or an
 * ACLED sub-event type, {@code date} or {@code event_date}, P-codes or place names
 * ({@code district}, {@code province}, {@code place}) or {@code lat}/{@code lon}, counts as numbers
 * or {@code {value, qualifier}} ({@code fatalities} is read as killed), {@code targets} as a list
 * or separated by semicolons, {@code perpetrator} as a code or a name the organisation registry
 * knows.
 */
public final class StructuredIncidents {
    public static final String VERSION = "fc-structured-0.1";

    private static final Map<String, EventType> OTHER_NAMES = Map.ofEntries(
            Map.entry("armed clash", EventType.ARMED_CLASH),
            Map.entry("remote explosive/landmine/ied", EventType.BOMBING),
            Map.entry("grenade", EventType.BOMBING),
            Map.entry("suicide bomb", EventType.SUICIDE_ATTACK),
            Map.entry("attack", EventType.ARMED_ASSAULT),
            Map.entry("shelling/artillery/missile attack", EventType.ARMED_ASSAULT),
            Map.entry("abduction/forced disappearance", EventType.KIDNAPPING),
            Map.entry("air/drone strike", EventType.AIR_STRIKE),
            Map.entry("government regains territory", EventType.SECURITY_OPERATION),
            Map.entry("arrests", EventType.SECURITY_OPERATION),
            Map.entry("destruction of property", EventType.INFRASTRUCTURE_ATTACK),
            Map.entry("drone strike", EventType.AIR_STRIKE),
            Map.entry("suicide attack", EventType.SUICIDE_ATTACK),
            Map.entry("bombing/explosion", EventType.BOMBING),
            Map.entry("armed assault", EventType.ARMED_ASSAULT),
            Map.entry("assassination", EventType.TARGETED_KILLING),
            Map.entry("hostage taking (kidnapping)", EventType.KIDNAPPING),
            Map.entry("facility/infrastructure attack", EventType.INFRASTRUCTURE_ATTACK));

    private final Geocoding geocoding;
    private final Organisations organisations;

    public StructuredIncidents(Geocoding geocoding, Organisations organisations) {
        this.geocoding = requireNonNull(geocoding, "geocoding is null");
        this.organisations = requireNonNull(organisations, "organisations is null");
    }

    /**
     * @throws IllegalArgumentException naming the field when the record has no usable event type or
     *     date, or a field is malformed
     */
    public Observation read(JsonNode incident) {
        if (!incident.isObject()) {
            throw new IllegalArgumentException("the incident is not an object");
        }
        EventType type = eventType(incident);
        LocalDate date = date(incident, "date", "event_date");
        LocalDate from = date(incident, "date_from");
        LocalDate to = date(incident, "date_to");
        if (date == null && (from == null || to == null)) {
            throw new IllegalArgumentException("the incident has no date (date, or date_from and date_to)");
        }
        from = from == null ? date : from;
        to = to == null ? date : to;
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("date_to " + to + " is before date_from " + from);
        }
        DatePrecision precision = enumValue(
                DatePrecision.class, incident.path("date_precision"), from.equals(to) ? DatePrecision.DAY : null);
        if (precision == null) {
            precision = from.plusDays(7).isAfter(to) ? DatePrecision.WEEK : DatePrecision.MONTH;
        }
        return new Observation(
                type,
                1.0,
                from.equals(to) ? from : date,
                from,
                to,
                precision,
                null,
                location(incident),
                count(incident, "killed", "fatalities"),
                count(incident, "injured", "wounded"),
                count(incident, "militants_killed"),
                targets(incident.path("targets")),
                perpetrator(incident),
                List.of(),
                1.0,
                VERSION,
                false);
    }

    private static EventType eventType(JsonNode incident) {
        String text = incident.path("event_type").asString("").strip();
        if (text.isEmpty()) {
            text = incident.path("sub_event_type").asString("").strip();
        }
        if (text.isEmpty()) {
            throw new IllegalArgumentException("the incident has no event_type");
        }
        String code = text.toUpperCase(Locale.ROOT).replace(' ', '_');
        for (EventType type : EventType.values()) {
            if (type.name().equals(code)) {
                return type;
            }
        }
        EventType other = OTHER_NAMES.get(text.toLowerCase(Locale.ROOT));
        if (other == null) {
            throw new IllegalArgumentException("unknown event_type '" + text + "'");
        }
        return other;
    }

    private static @Nullable LocalDate date(JsonNode incident, String... fields) {
        for (String field : fields) {
            String text = incident.path(field).asString("").strip();
            if (!text.isEmpty()) {
                try {
                    return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException(field + " '" + text + "' is not a date (YYYY-MM-DD)", e);
                }
            }
        }
        return null;
    }

    private Observation.@Nullable Location location(JsonNode incident) {
        JsonNode where = incident.path("location").isObject() ? incident.path("location") : incident;
        String place = text(where, "place", "location_name");
        if (place == null && where == incident) {
            place = text(incident, "location");
        }
        for (String field : List.of("tehsil_pcode", "district_pcode", "province_pcode")) {
            String code = text(where, field);
            if (code != null) {
                AdminUnit unit = geocoding
                        .unit(PCode.of(code))
                        .orElseThrow(
                                () -> new IllegalArgumentException(field + " '" + code + "' is not a known P-code"));
                return located(unit, place, where);
            }
        }
        double lat = where.path("lat").asDouble(where.path("latitude").asDouble(Double.NaN));
        double lon = where.path("lon").asDouble(where.path("longitude").asDouble(Double.NaN));
        if (!Double.isNaN(lat) && !Double.isNaN(lon)) {
            if (geocoding.reverse(lat, lon) instanceof ReverseResult.Inside inside) {
                AdminUnit finest = inside.path().tehsil() != null
                        ? inside.path().tehsil()
                        : inside.path().district() != null
                                ? inside.path().district()
                                : inside.path().province();
                return new Observation.Location(
                        inside.path().province().code().value(),
                        inside.path().district() == null
                                ? null
                                : inside.path().district().code().value(),
                        inside.path().tehsil() == null
                                ? null
                                : inside.path().tehsil().code().value(),
                        place,
                        lat,
                        lon,
                        GeoPrecision.POINT);
            }
            throw new IllegalArgumentException("lat " + lat + ", lon " + lon + " lie outside the country's boundaries");
        }
        // names, finest first, each read in the light of the coarser ones
        String district = text(where, "district", "admin2");
        String province = text(where, "province", "admin1");
        String context = String.join(", ", nonNull(district, province));
        for (String name : nonNull(place, district, province)) {
            List<GeoCandidate> candidates = geocoding.resolve(name, ResolveContext.of(context));
            if (!candidates.isEmpty()) {
                GeoCandidate best = candidates.getFirst();
                return new Observation.Location(
                        best.path().province().code().value(),
                        best.districtCode() == null ? null : best.districtCode().value(),
                        best.path().tehsil() == null
                                ? null
                                : best.path().tehsil().code().value(),
                        place,
                        best.lat(),
                        best.lon(),
                        best.precision());
            }
        }
        return null;
    }

    private Observation.Location located(AdminUnit unit, @Nullable String place, JsonNode where) {
        AdminUnit province = unit;
        AdminUnit district = null;
        AdminUnit tehsil = null;
        for (AdminUnit current = unit; current != null; current = parent(current)) {
            switch (current.level()) {
                case TEHSIL -> tehsil = current;
                case DISTRICT -> district = current;
                case PROVINCE -> province = current;
                default -> {}
            }
        }
        double lat = where.path("lat").asDouble(unit.lat());
        double lon = where.path("lon").asDouble(unit.lon());
        GeoPrecision precision = where.path("lat").isNumber()
                ? GeoPrecision.POINT
                : unit.level() == AdminLevel.TEHSIL
                        ? GeoPrecision.TEHSIL
                        : unit.level() == AdminLevel.DISTRICT ? GeoPrecision.DISTRICT : GeoPrecision.PROVINCE;
        return new Observation.Location(
                province.code().value(),
                district == null ? null : district.code().value(),
                tehsil == null ? null : tehsil.code().value(),
                place,
                lat,
                lon,
                precision);
    }

    private @Nullable AdminUnit parent(AdminUnit unit) {
        return unit.parent() == null ? null : geocoding.unit(unit.parent()).orElse(null);
    }

    private static Observation.@Nullable Count count(JsonNode incident, String... fields) {
        for (String field : fields) {
            JsonNode value = incident.path(field);
            if (value.isObject()) {
                value = value.path("value");
            }
            if (value.isMissingNode() || value.isNull() || value.asString("").isBlank()) {
                continue;
            }
            long number;
            if (value.isIntegralNumber()) {
                number = value.asLong();
            } else {
                try {
                    number = Long.parseLong(value.asString().strip());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(field + " '" + value.asString() + "' is not a whole number", e);
                }
            }
            if (number < 0) {
                throw new IllegalArgumentException(field + " is negative");
            }
            JsonNode qualifier = incident.path(field).isObject()
                    ? incident.path(field).path("qualifier")
                    : incident.path(field + "_qualifier");
            return new Observation.Count(number, enumValue(Qualifier.class, qualifier, Qualifier.EXACT));
        }
        return null;
    }

    private static List<Target> targets(JsonNode targets) {
        List<String> names = new ArrayList<>();
        if (targets.isArray()) {
            targets.forEach(target -> names.add(target.asString("")));
        } else if (targets.isString()) {
            names.addAll(List.of(targets.asString().split("[;,]")));
        }
        Set<Target> found = EnumSet.noneOf(Target.class);
        for (String name : names) {
            if (name.isBlank()) {
                continue;
            }
            try {
                found.add(Target.valueOf(name.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown target '" + name.strip() + "'", e);
            }
        }
        return List.copyOf(found);
    }

    private Observation.@Nullable Perpetrator perpetrator(JsonNode incident) {
        JsonNode node = incident.path("perpetrator");
        String name = node.isObject() ? node.path("code").asString("") : node.asString("");
        JsonNode status = node.isObject() ? node.path("status") : incident.path("perpetrator_status");
        if (name.isBlank()) {
            return null;
        }
        ClaimStatus claim = enumValue(ClaimStatus.class, status, ClaimStatus.ATTRIBUTED);
        String code = name.strip().toUpperCase(Locale.ROOT);
        if (organisations.codes().contains(code)) {
            return new Observation.Perpetrator(code, claim);
        }
        Optional<OrganisationMention> named = organisations.in(name).stream().findFirst();
        return named.map(mention -> new Observation.Perpetrator(mention.code(), claim))
                .orElse(null);
    }

    private static <E extends Enum<E>> @Nullable E enumValue(Class<E> type, JsonNode node, @Nullable E otherwise) {
        String text = node.asString("").strip();
        if (text.isEmpty()) {
            return otherwise;
        }
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT).replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is not a " + type.getSimpleName(), e);
        }
    }

    private static @Nullable String text(JsonNode node, String... fields) {
        for (String field : fields) {
            JsonNode value = node.path(field);
            if (value.isString() && !value.asString().isBlank()) {
                return value.asString().strip();
            }
        }
        return null;
    }

    private static List<String> nonNull(@Nullable String... values) {
        List<String> present = new ArrayList<>();
        for (String value : values) {
            if (value != null) {
                present.add(value);
            }
        }
        return present;
    }
}
