package org.fusioncentre.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fusioncentre.access.Audience;
import org.fusioncentre.extraction.Extraction;
import org.fusioncentre.extraction.StoredObservation;
import org.fusioncentre.intake.ImportOptions;
import org.fusioncentre.intake.ImportProgress;
import org.fusioncentre.intake.IngestSummary;
import org.fusioncentre.intake.Intake;
import org.fusioncentre.intake.Report;
import org.fusioncentre.intake.ReportId;
import org.fusioncentre.intake.ReportPage;
import org.fusioncentre.intake.ReportQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/** The newest reports, uploading files through the same importers as the command line, and a report's page. */
@Controller
class ReportPages {
    private final Intake intake;
    private final Extraction extraction;

    ReportPages(Intake intake, Extraction extraction) {
        this.intake = intake;
        this.extraction = extraction;
    }

    @GetMapping("/reports")
    String reports(@RequestParam(required = false) @Nullable String cursor, Audience audience, Model model) {
        ReportPage page = intake.list(
                new ReportQuery(null, null, null, cursor == null || cursor.isBlank() ? null : cursor, 50), audience);
        model.addAttribute("reports", page.items());
        model.addAttribute("next", page.nextCursor());
        return "reports";
    }

    /** What an upload gave: the counts and the reasons of the rejections. */
    record Upload(long accepted, long duplicates, long rejected, List<String> rejections) {}

    /**
     * Imports the uploaded files; a browser with htmx gets the summary alone, to put under the form,
     * any other the whole page.
     */
    @PostMapping("/reports/upload")
    String upload(
            @RequestParam("files") List<MultipartFile> files,
            @RequestParam(required = false) @Nullable String source,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Audience audience,
            Model model)
            throws IOException {
        Path folder = Files.createTempDirectory("fusion-upload");
        try {
            List<Path> paths = new ArrayList<>();
            int number = 0;
            for (MultipartFile file : files) {
                if (file.isEmpty()) {
                    continue;
                }
                // keep the extension (it selects the reader), never the client's path
                String name = file.getOriginalFilename() == null
                        ? "upload"
                        : Path.of(file.getOriginalFilename()).getFileName().toString();
                Path target = folder.resolve((++number) + "-" + name.replaceAll("[^A-Za-z0-9._-]", "_"));
                try (InputStream in = file.getInputStream()) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
                paths.add(target);
            }
            IngestSummary summary = new IngestSummary(50);
            if (!paths.isEmpty()) {
                ImportOptions options = new ImportOptions(
                        null, source == null || source.isBlank() ? null : source.strip(), null, Map.of());
                intake.importPaths(paths, options, summary, ImportProgress.NONE);
            }
            List<String> rejections = summary.rejections().stream()
                    .map(outcome -> origin(outcome.origin(), folder) + ": " + outcome.reason())
                    .toList();
            model.addAttribute(
                    "upload", new Upload(summary.accepted(), summary.duplicates(), summary.rejected(), rejections));
        } catch (IllegalArgumentException e) {
            model.addAttribute("problem", e.getMessage());
        } finally {
            FileSystemUtils.deleteRecursively(folder);
        }
        if (htmx != null) {
            return "reports :: summary";
        }
        return reports(null, audience, model);
    }

    private static String origin(String origin, Path folder) {
        String shown = origin.replace(folder.toString() + "/", "");
        int dash = shown.indexOf('-');
        return dash > 0 && shown.substring(0, dash).chars().allMatch(Character::isDigit)
                ? shown.substring(dash + 1)
                : shown;
    }

    @GetMapping("/reports/{id}")
    String report(@PathVariable String id, Audience audience, Model model) {
        ReportId reportId;
        try {
            reportId = ReportId.parse(id);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no report " + id);
        }
        Report report = intake.read(reportId, audience)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no report " + id));
        List<StoredObservation> observations =
                extraction.observations(reportId, false, audience).orElse(List.of());
        model.addAttribute("report", report);
        model.addAttribute("observations", observations);
        model.addAttribute("format", report.format().name().toLowerCase(Locale.ROOT));
        return "report";
    }
}
