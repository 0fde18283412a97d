package org.fusioncentre.assessment;

import java.time.LocalDate;
import org.fusioncentre.assessment.model.ThreatLevel;

/**
 * A district's or province's level in force changed between two assessments.
 *
 * @param byOverride whether an analyst's override made the change (or its end did)
 */
public record ThreatLevelChanged(
        String unitPcode, ThreatLevel from, ThreatLevel to, LocalDate asOf, boolean byOverride) {}
