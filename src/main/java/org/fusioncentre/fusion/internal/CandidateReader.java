package org.fusioncentre.fusion.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fusioncentre.extraction.StoredObservation;
import org.fusioncentre.fusion.scoring.Candidate;
import org.fusioncentre.intake.Intake;
import org.fusioncentre.intake.ReportId;
import org.fusioncentre.intake.ReportSummary;
import org.fusioncentre.intake.Source;
import org.fusioncentre.intake.SourceId;
import org.fusioncentre.intake.SourceKind;
import org.springframework.stereotype.Component;

/** Stored observations as fusion compares them: each with its report's source, reliability and time. */
@Component
class CandidateReader {
    private static final int CHUNK = 500;

    private final Intake intake;

    CandidateReader(Intake intake) {
        this.intake = intake;
    }

    /** The summaries of the reports these observations come from, read a chunk at a time. */
    Map<ReportId, ReportSummary> summaries(List<StoredObservation> observations) {
        Map<ReportId, ReportSummary> reports = new HashMap<>();
        List<ReportId> ids = observations.stream()
                .map(StoredObservation::reportId)
                .distinct()
                .toList();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            intake.summaries(ids.subList(from, Math.min(ids.size(), from + CHUNK)))
                    .forEach(report -> reports.put(report.id(), report));
        }
        return reports;
    }

    List<Candidate> candidates(List<StoredObservation> observations) {
        return candidates(observations, summaries(observations));
    }

    /** The observations as candidates; one whose report is not among the summaries is left out. */
    List<Candidate> candidates(List<StoredObservation> observations, Map<ReportId, ReportSummary> reports) {
        Map<SourceId, Source> sources = new HashMap<>();
        intake.sources().forEach(source -> sources.put(source.id(), source));
        List<Candidate> candidates = new ArrayList<>();
        for (StoredObservation stored : observations) {
            ReportSummary report = reports.get(stored.reportId());
            if (report == null) {
                continue;
            }
            Source source = sources.get(report.sourceId());
            SourceKind kind = source == null ? SourceKind.OTHER : source.kind();
            candidates.add(new Candidate(
                    stored.id().toString(),
                    report.id().toString(),
                    stored.ordinal(),
                    report.externalId(),
                    report.sourceName(),
                    report.publishedAt() != null ? report.publishedAt().toInstant() : report.receivedAt(),
                    source == null ? 5 : source.reliability().ordinal(),
                    kind == SourceKind.POLICE || kind == SourceKind.CTD || kind == SourceKind.OFFICIAL_STATEMENT,
                    stored.observation(),
                    Set.copyOf(stored.terms())));
        }
        return candidates;
    }
}
