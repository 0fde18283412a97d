package org.fusioncentre.intake.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fusioncentre.intake.reader.ReaderFixture.parsed;
import static org.fusioncentre.intake.reader.ReaderFixture.read;
import static org.fusioncentre.intake.reader.ReaderFixture.rejected;
import static org.fusioncentre.intake.reader.ReaderFixture.withSource;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import org.fusioncentre.intake.ImportOptions;
import org.fusioncentre.intake.IncomingReport;
import org.fusioncentre.intake.ReportFormat;
import org.junit.jupiter.api.Test;

/** Text, HTML and feed files: whole documents rather than records. */
class DocumentReadersTest {
    private static List<ReadResult> read(ReportFormat format, String text, ImportOptions options) {
        return ReaderFixture.read(format, text.getBytes(StandardCharsets.UTF_8), options, 1_000_000);
    }

    @Test
    void aTextFileIsOneReportWithItsFirstLineAsTitle() {
        String text = "Gunmen attack check post in Bannu\n\nTwo policemen were martyred late last night.\n";

        List<IncomingReport> reports = parsed(read(ReportFormat.TEXT, text, withSource("KP Police Media Cell")));

        assertThat(reports).singleElement().satisfies(report -> {
            assertThat(report.title()).isEqualTo("Gunmen attack check post in Bannu");
            assertThat(report.body()).startsWith("Gunmen attack").endsWith("late last night.");
            assertThat(report.raw()).isEqualTo(text);
            assertThat(report.source()).isEqualTo("KP Police Media Cell");
        });
    }

    @Test
    void aTextFileWithoutASourceIsRejectedWithTheFlagToUse() {
        assertThat(rejected(read(ReportFormat.TEXT, "Some report", ImportOptions.defaults())))
                .singleElement()
                .extracting(ReadResult.Rejected::reason)
                .asString()
                .contains("--source NAME");
    }

    @Test
    void anEmptyOrBinaryTextFileIsRejected() {
        assertThat(rejected(read(ReportFormat.TEXT, "  \n", withSource("A"))))
                .extracting(ReadResult.Rejected::reason)
                .containsExactly("empty file");
        assertThat(rejected(
                        ReaderFixture.read(ReportFormat.TEXT, new byte[] {'P', 'K', 3, 4, 0, 0}, withSource("A"), 100)))
                .extracting(ReadResult.Rejected::reason)
                .containsExactly("binary file (NUL bytes), not text report");
    }

    @Test
    void anHtmlPageGivesItsArticleTextAndMetadataAndKeepsTheRawPage() {
        String html = """
                <html lang="en"><head><title>Site | Blast</title>
                <meta property="og:site_name" content="Indus Daily Monitor">
                <meta property="og:title" content="Blast kills three in Quetta">
                <meta property="article:published_time" content="2026-10-03T14:20:00+05:00">
                <link rel="canonical" href="https://idm.example/2026/10/blast">
                <script>var tracking = 1;</script></head>
                <body><nav>Home | World</nav><article><h1>Blast kills three in Quetta</h1>
                <p>Three people were killed and&nbsp;five injured.</p><p>Police said the device was planted.</p></article>
                <footer>Copyright</footer></body></html>""";

        List<IncomingReport> reports = parsed(read(ReportFormat.HTML, html, ImportOptions.defaults()));

        assertThat(reports).singleElement().satisfies(report -> {
            assertThat(report.source()).isEqualTo("Indus Daily Monitor");
            assertThat(report.title()).isEqualTo("Blast kills three in Quetta");
            assertThat(report.url()).isEqualTo("https://idm.example/2026/10/blast");
            assertThat(report.externalId()).isEqualTo("https://idm.example/2026/10/blast");
            assertThat(report.publishedAt()).isEqualTo(OffsetDateTime.parse("2026-10-03T14:20:00+05:00"));
            assertThat(report.language()).isEqualTo("en");
            assertThat(report.body())
                    .isEqualTo(
                            "Blast kills three in Quetta\n\nThree people were killed and five injured.\n\nPolice said the device was planted.");
            assertThat(report.raw()).isEqualTo(html);
        });
    }

    @Test
    void anRssFeedGivesOneReportPerItemWithTheChannelAsSource() {
        String rss = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Frontier Ledger</title>
                <item><title>Check post attacked</title><link>https://fl.example/1</link><guid>fl-1</guid>
                <pubDate>Tue, 04 Nov 2026 09:15:00 +0500</pubDate>
                <description>&lt;p&gt;Militants attacked a check post in &lt;b&gt;Lakki Marwat&lt;/b&gt;.&lt;/p&gt;</description></item>
                <item><title>No text</title><guid>fl-2</guid></item>
                <item><title>Bad date</title><guid>fl-3</guid><pubDate>someday</pubDate><description>x</description></item>
                </channel></rss>""";

        List<ReadResult> results = read(ReportFormat.FEED, rss, ImportOptions.defaults());

        assertThat(parsed(results)).singleElement().satisfies(report -> {
            assertThat(report.source()).isEqualTo("Frontier Ledger");
            assertThat(report.externalId()).isEqualTo("fl-1");
            assertThat(report.url()).isEqualTo("https://fl.example/1");
            assertThat(report.body()).isEqualTo("Militants attacked a check post in Lakki Marwat.");
            assertThat(report.publishedAt()).isEqualTo(OffsetDateTime.parse("2026-11-04T09:15:00+05:00"));
            assertThat(report.raw()).startsWith("<item>").contains("<guid>fl-1</guid>");
        });
        assertThat(rejected(results))
                .extracting(ReadResult.Rejected::origin)
                .containsExactly("input [item 2]", "input [item 3]");
    }

    @Test
    void anAtomFeedGivesOneReportPerEntry() {
        String atom = """
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Conflict Monitoring Collective</title>
                <entry><title>Weekly note</title><id>urn:cmc:42</id><link rel="alternate" href="https://cmc.example/42"/>
                <published>2026-11-02T10:00:00Z</published><content type="html">&lt;p&gt;Two attacks in Kech.&lt;/p&gt;</content></entry>
                </feed>""";

        assertThat(parsed(read(ReportFormat.FEED, atom, ImportOptions.defaults())))
                .singleElement()
                .satisfies(report -> {
                    assertThat(report.source()).isEqualTo("Conflict Monitoring Collective");
                    assertThat(report.externalId()).isEqualTo("urn:cmc:42");
                    assertThat(report.url()).isEqualTo("https://cmc.example/42");
                    assertThat(report.body()).isEqualTo("Two attacks in Kech.");
                });
    }

    @Test
    void aFeedWithADoctypeIsRefusedSoNoEntityIsExpanded() {
        String hostile =
                "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><rss><channel><title>T</title><item><description>&x;</description></item></channel></rss>";

        assertThat(parsed(read(ReportFormat.FEED, hostile, ImportOptions.defaults())))
                .isEmpty();
        assertThat(rejected(read(ReportFormat.FEED, hostile, ImportOptions.defaults())))
                .singleElement()
                .extracting(ReadResult.Rejected::reason)
                .asString()
                .startsWith("malformed XML");
    }

    @Test
    void anXmlFileThatIsNoFeedIsRejected() {
        assertThat(rejected(read(ReportFormat.FEED, "<html><body/></html>", ImportOptions.defaults())))
                .extracting(ReadResult.Rejected::reason)
                .containsExactly("not an RSS or Atom feed (root element <html>)");
    }
}
