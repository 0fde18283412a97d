package org.fusioncentre.reporting;

import java.time.LocalDate;
import org.fusioncentre.access.Audience;

/** Situation reports: assembled for a reader, rendered for print or screen. */
public interface SituationReports {
    /**
     * The situation of a jurisdiction ({@code PK}, a province or a district) on a day, from what
     * the reader may see.
     *
     * @throws IllegalArgumentException for an unknown jurisdiction or a day after today
     * @throws org.fusioncentre.access.NotPermitted for a jurisdiction outside the reader's
     */
    SituationReport build(String jurisdictionPcode, LocalDate date, Audience audience);

    /** A self-contained HTML page: styles inline, the map and the chart as embedded images. */
    String html(SituationReport report);

    /** The same page as a PDF. */
    byte[] pdf(SituationReport report);
}
