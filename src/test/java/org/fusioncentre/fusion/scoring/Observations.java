package org.fusioncentre.fusion.scoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.fusioncentre.extraction.ClaimStatus;
import org.fusioncentre.extraction.DatePrecision;
import org.fusioncentre.extraction.EventType;
import org.fusioncentre.extraction.Observation;
import org.fusioncentre.extraction.Qualifier;
import org.fusioncentre.geo.GeoPrecision;

/** Candidates for the fusion tests, built by hand. */
final class Observations {
    private Observations() {}

    static Candidate candidate(
            String id,
            String report,
            String source,
            String published,
            EventType type,
            String date,
            String district,
            String place,
            Long killed,
            String perpetrator) {
        LocalDate day = LocalDate.parse(date);
        Observation observation = new Observation(
                type,
                0.8,
                day,
                day,
                day,
                DatePrecision.DAY,
                null,
                new Observation.Location("PK5", district, null, place, 32.9, 70.6, GeoPrecision.DISTRICT),
                killed == null ? null : new Observation.Count(killed, Qualifier.EXACT),
                null,
                null,
                List.of(),
                perpetrator == null ? null : new Observation.Perpetrator(perpetrator, ClaimStatus.ATTRIBUTED),
                List.of(),
                0.9,
                "test");
        return new Candidate(id, report, "x-" + report, source, Instant.parse(published), 2, false, observation);
    }
}
