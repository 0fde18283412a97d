package org.fusioncentre.assessment.model;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An incident history in date order, read from the incident CSV export (DESIGN §5).
 *
 * <p>Rows without a district are skipped and counted, not kept for province totals: every
 * forecast here is per district, and a province figure built from district forecasts would count
 * those rows nowhere anyway. Rows whose district is not a district P-code are skipped and counted
 * the same way, so one stray code does not reject a whole export.
 *
 * @param events the incidents, sorted by date then identifier
 * @param skippedWithoutDistrict rows that named no district
 * @param skippedUnknownDistrict rows whose district was not a district P-code
 */
public record EventHistory(List<Event> events, int skippedWithoutDistrict, int skippedUnknownDistrict) {
    /** The columns a history file must have; the export has more, which are ignored. */
    public static final List<String> REQUIRED_COLUMNS = List.of(
            "incident_id", "date", "district_pcode", "province_pcode", "event_type", "killed_best", "injured_best");

    public EventHistory {
        requireNonNull(events, "events is null");
        if (skippedWithoutDistrict < 0 || skippedUnknownDistrict < 0) {
            throw new IllegalArgumentException("negative skip counts");
        }
        events = events.stream()
                .sorted(Comparator.comparing(Event::date).thenComparing(Event::incidentId))
                .toList();
    }

    /** A history of these events with nothing skipped. */
    public static EventHistory of(List<Event> events) {
        return new EventHistory(events, 0, 0);
    }

    /**
     * Reads an events CSV. Bad dates, bad numbers and missing columns fail with one line naming
     * the line number; a blank casualty figure counts as zero.
     *
     * @param source the CSV text
     * @param name what to call the source in error messages (usually the file name)
     * @throws EventsRejected when the file cannot be read as an incident history
     */
    public static EventHistory read(Reader source, String name) {
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        try (CSVParser parser = CSVParser.parse(source, format)) {
            List<String> missing = REQUIRED_COLUMNS.stream()
                    .filter(column -> !parser.getHeaderMap().containsKey(column))
                    .toList();
            if (!missing.isEmpty()) {
                throw new EventsRejected(name + ": line 1: missing column(s) " + String.join(", ", missing) + " (need "
                        + String.join(",", REQUIRED_COLUMNS) + ")");
            }
            List<Event> events = new ArrayList<>();
            int withoutDistrict = 0;
            int unknownDistrict = 0;
            for (CSVRecord row : parser) {
                long line = parser.getCurrentLineNumber();
                if (!row.isConsistent()) {
                    throw new EventsRejected(name + ": line " + line + ": expected "
                            + parser.getHeaderNames().size() + " columns, found " + row.size());
                }
                String district = row.get("district_pcode");
                if (district.isEmpty()) {
                    withoutDistrict++;
                    continue;
                }
                if (!PCodes.isDistrict(district)) {
                    unknownDistrict++;
                    continue;
                }
                String province =
                        row.get("province_pcode").isEmpty() ? PCodes.provinceOf(district) : row.get("province_pcode");
                events.add(new Event(
                        row.get("incident_id"),
                        date(row.get("date"), name, line),
                        district,
                        province,
                        row.get("event_type"),
                        count(row.get("killed_best"), "killed_best", name, line),
                        count(row.get("injured_best"), "injured_best", name, line)));
            }
            return new EventHistory(events, withoutDistrict, unknownDistrict);
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            // commons-csv reports a malformed quoted field this way, naming the line itself
            throw new EventsRejected(name + ": " + e.getCause().getMessage(), e);
        } catch (IllegalStateException | IllegalArgumentException e) {
            if (e instanceof EventsRejected rejected) {
                throw rejected;
            }
            // commons-csv reports malformed quoting as IllegalStateException with its own position
            throw new EventsRejected(name + ": " + e.getMessage(), e);
        }
    }

    private static LocalDate date(String text, String name, long line) {
        try {
            // The export writes ISO dates; a timestamp keeps its day.
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw new EventsRejected(name + ": line " + line + ": bad date '" + text + "' (expected YYYY-MM-DD)", e);
        }
    }

    private static int count(String text, String column, String name, long line) {
        if (text.isEmpty()) {
            return 0;
        }
        try {
            double value = Double.parseDouble(text);
            if (!(value >= 0) || value > 1_000_000) {
                throw new NumberFormatException();
            }
            return (int) Math.round(value);
        } catch (NumberFormatException e) {
            throw new EventsRejected(name + ": line " + line + ": bad " + column + " '" + text + "'", e);
        }
    }

    /** The events dated strictly before a day: all a forecast made on that morning may use. */
    public EventHistory before(LocalDate day) {
        int end = 0;
        while (end < events.size() && events.get(end).date().isBefore(day)) {
            end++;
        }
        return end == events.size() ? this : new EventHistory(events.subList(0, end), 0, 0);
    }

    /** The districts with at least one event, sorted. */
    public Set<String> districts() {
        Set<String> districts = new TreeSet<>();
        events.forEach(event -> districts.add(event.district()));
        return districts;
    }

    /** The province each district's events name (the last one wins when they disagree). */
    public Map<String, String> provinces() {
        Map<String, String> provinces = new TreeMap<>();
        events.forEach(event -> provinces.put(event.district(), event.province()));
        return provinces;
    }

    /** The first event's day, if any. */
    public Optional<LocalDate> first() {
        return events.isEmpty()
                ? Optional.empty()
                : Optional.of(events.getFirst().date());
    }

    /** The last event's day, if any. */
    public Optional<LocalDate> last() {
        return events.isEmpty()
                ? Optional.empty()
                : Optional.of(events.getLast().date());
    }

    /** Whether there are no events. */
    public boolean isEmpty() {
        return events.isEmpty();
    }
}
