package org.fusioncentre.intake.reader;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.fusioncentre.intake.IncomingReport;
import org.fusioncentre.intake.ReportFormat;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * An HTML page is one report. The raw page is kept; the body is the readable text of its article
 * (or of the page when it has no article element). Source, title, date and address come from the
 * page's Open Graph and article metadata when it has them.
 */
final class HtmlReader implements ReportReader {
    private final ReaderSettings settings;

    HtmlReader(ReaderSettings settings) {
        this.settings = requireNonNull(settings, "settings is null");
    }

    @Override
    public void read(ByteSource input, Consumer<ReadResult> sink) throws IOException {
        Optional<String> html = WholeFile.read(input, settings.maxRecordBytes(), "HTML page", sink);
        if (html.isEmpty()) {
            return;
        }
        Document page = Jsoup.parse(html.get());
        String source = settings.options().defaultSource();
        if (source == null) {
            source = meta(page, "og:site_name");
        }
        if (source == null) {
            sink.accept(new ReadResult.Rejected(
                    input.name(), "the page names no source (no og:site_name): import it with --source NAME"));
            return;
        }
        Element article = page.selectFirst("article");
        String body = HtmlText.of(article != null ? article : page.body());
        if (body.isBlank()) {
            sink.accept(new ReadResult.Rejected(input.name(), "the page has no text"));
            return;
        }
        String title = Text.firstNonBlank(meta(page, "og:title"), text(page.selectFirst("h1")), page.title());
        String url =
                Text.firstNonBlank(attribute(page.selectFirst("link[rel=canonical]"), "href"), meta(page, "og:url"));
        String language = page.selectFirst("html") == null
                ? null
                : Text.blankToNull(requireNonNull(page.selectFirst("html")).attr("lang"));
        OffsetDateTime publishedAt;
        try {
            publishedAt = publishedAt(page);
        } catch (IllegalArgumentException e) {
            sink.accept(new ReadResult.Rejected(input.name(), "publication date: " + e.getMessage()));
            return;
        }
        try {
            sink.accept(new ReadResult.Parsed(
                    new IncomingReport(
                            source,
                            url,
                            url,
                            publishedAt,
                            title,
                            body,
                            language,
                            settings.options().defaultMarking(),
                            List.of(),
                            null,
                            null,
                            html.get(),
                            ReportFormat.HTML),
                    input.name()));
        } catch (IllegalArgumentException e) {
            sink.accept(new ReadResult.Rejected(input.name(), e.getMessage()));
        }
    }

    private @Nullable OffsetDateTime publishedAt(Document page) {
        String value = Text.firstNonBlank(
                meta(page, "article:published_time"),
                meta(page, "og:published_time"),
                meta(page, "date"),
                meta(page, "pubdate"),
                attribute(page.selectFirst("time[datetime]"), "datetime"));
        return value == null ? null : Timestamps.parse(value, settings.zone());
    }

    private static @Nullable String meta(Document page, String name) {
        Element element = page.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
        return element == null ? null : Text.blankToNull(element.attr("content"));
    }

    private static @Nullable String attribute(@Nullable Element element, String name) {
        return element == null ? null : Text.blankToNull(element.attr(name));
    }

    private static @Nullable String text(@Nullable Element element) {
        return element == null ? null : Text.blankToNull(element.text());
    }
}
