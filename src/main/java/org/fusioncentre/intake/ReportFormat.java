package org.fusioncentre.intake;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Optional;

/** The input format a report arrived in. */
public enum ReportFormat {
    JSON,
    JSONL,
    CSV,
    TEXT,
    HTML,
    FEED;

    /** The format for a file name's extension, if it has a known one. */
    public static Optional<ReportFormat> forFileName(String fileName) {
        requireNonNull(fileName, "fileName is null");
        String lower = fileName.toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        String extension = dot < 0 ? "" : lower.substring(dot + 1);
        return Optional.ofNullable(
                switch (extension) {
                    case "json" -> JSON;
                    case "jsonl", "ndjson" -> JSONL;
                    case "csv" -> CSV;
                    case "txt", "text" -> TEXT;
                    case "html", "htm" -> HTML;
                    case "xml", "rss", "atom" -> FEED;
                    default -> null;
                });
    }

    public static ReportFormat parse(String text) {
        requireNonNull(text, "text is null");
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "'" + text + "' is not a format (json, jsonl, csv, text, html, feed)", e);
        }
    }
}
