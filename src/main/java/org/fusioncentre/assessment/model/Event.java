package org.fusioncentre.assessment.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * One incident as the models see it: when, in which district, and whether anyone was killed.
 *
 * @param incidentId the export's identifier, kept for tracing a forecast back to its incidents
 * @param date the day the incident happened
 * @param district the district P-code
 * @param province the province P-code
 * @param eventType the DESIGN §4 event type code, or empty when the export had none
 * @param killed victims killed (best estimate), zero when unknown
 * @param injured injured (best estimate), zero when unknown
 */
public record Event(
        String incidentId,
        LocalDate date,
        String district,
        String province,
        String eventType,
        int killed,
        int injured) {
    public Event {
        requireNonNull(incidentId, "incidentId is null");
        requireNonNull(date, "date is null");
        requireNonNull(district, "district is null");
        requireNonNull(province, "province is null");
        requireNonNull(eventType, "eventType is null");
        if (!PCodes.isDistrict(district)) {
            throw new IllegalArgumentException("not a district P-code: " + district);
        }
        if (killed < 0 || injured < 0) {
            throw new IllegalArgumentException("negative casualties: killed " + killed + ", injured " + injured);
        }
    }

    /** Whether the incident killed at least one victim. */
    public boolean fatal() {
        return killed > 0;
    }
}
