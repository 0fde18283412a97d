package org.fusioncentre.intake;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

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

    Optional<Report> find(ReportId id);

    /** The reports with these ids that exist, in the order given; at most a few hundred at a time. */
    List<Report> findAll(Collection<ReportId> ids);

    /** Source, time and marking of the reports with these ids that exist, without their text; a few hundred at a time. */
    List<ReportSummary> summaries(Collection<ReportId> ids);

    ReportPage list(ReportQuery query);

    /** Creates the source or updates its kind, grade, default marking and description. */
    Source saveSource(Source source);

    Optional<Source> source(SourceId id);

    List<Source> sources();

    long reportCount();
}
