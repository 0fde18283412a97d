package org.fusioncentre.intake;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fusioncentre.access.Audience;
import org.fusioncentre.access.RecordAccess;

/** The intake module's entry point: take reports in, keep them, find them again. */
public interface Intake {
    /**
     * Imports files and folders (folders recursively, in name order). Every record ends as exactly
     * one outcome given to the listener; a record is reported accepted only once it is committed.
     * Returns when everything has been read and stored.
     */
    void importPaths(List<Path> paths, ImportOptions options, IngestListener listener, ImportProgress progress);

    /**
     * Takes one report object or an array of them, as the API receives them.
     *
     * @param origin the prefix of each outcome's origin, e.g. {@code api}
     */
    void submitJson(byte[] json, String origin, IngestListener listener);

    /**
     * A report whatever its marking, for the pipeline's own work. What answers a person goes
     * through {@link #read} or {@link #list}, which apply the audience's access.
     */
    Optional<Report> find(ReportId id);

    /** The reports with these ids that exist, in the order given; at most a few hundred at a time. */
    List<Report> findAll(Collection<ReportId> ids);

    /** Source, time and marking of the reports with these ids that exist, without their text; a few hundred at a time. */
    List<ReportSummary> summaries(Collection<ReportId> ids);

    /**
     * The report if the audience may see it (DESIGN §7); empty when it does not exist or is hidden,
     * so a hidden report's existence is not revealed. Reading AMBER or stricter data is audited.
     */
    Optional<Report> read(ReportId id, Audience audience);

    /** A page of the reports the audience may see, newest first; reads of AMBER or stricter data are audited. */
    ReportPage list(ReportQuery query, Audience audience);

    /** What decides who may see each of these reports (marking, places, organisation, recipients). */
    Map<ReportId, RecordAccess> access(Collection<ReportId> ids);

    /**
     * Records where reports are about (province or district P-codes per report), replacing what
     * was recorded for them; extraction calls it with each batch's observations, and AMBER access
     * follows it.
     */
    void locate(Map<ReportId, Set<String>> places);

    /** Creates the source or updates its kind, grade, default marking and description. */
    Source saveSource(Source source);

    Optional<Source> source(SourceId id);

    List<Source> sources();

    long reportCount();
}
