package org.fusioncentre.intake.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.fusioncentre.intake.ImportOptions;
import org.fusioncentre.intake.ReportFormat;

/** Whatever bytes arrive, every reader returns normally and accounts for what it read. */
class ReadersPropertyTest {

    @Property(tries = 1000)
    void anyBytesInAnyFormatReturnWithoutThrowing(@ForAll byte[] bytes, @ForAll ReportFormat format) {
        List<ReadResult> results = ReaderFixture.read(format, bytes, ReaderFixture.withSource("Any"), 10_000);

        assertThat(results).allSatisfy(result -> assertThat(result.origin()).startsWith("input"));
    }

    @Property(tries = 300)
    void anyTextAsAJsonLineIsEitherAReportOrARejectionWithAReason(@ForAll String text) {
        List<ReadResult> results = ReaderFixture.read(
                ReportFormat.JSONL,
                text.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                ImportOptions.defaults(),
                10_000);

        assertThat(results).allSatisfy(result -> {
            if (result instanceof ReadResult.Rejected rejected) {
                assertThat(rejected.reason()).isNotBlank();
            }
        });
    }

    @Property(tries = 200)
    void aValidReportSurvivesAnyBodyText(@ForAll String body) {
        String escaped =
                tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(body);
        List<ReadResult> results =
                ReaderFixture.read(ReportFormat.JSONL, "{\"source\": \"A\", \"body\": " + escaped + "}");

        boolean usable = !body.isBlank()
                && body.chars().noneMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f');
        if (usable) {
            assertThat(ReaderFixture.parsed(results))
                    .singleElement()
                    .extracting(r -> r.body())
                    .isEqualTo(body);
        } else {
            assertThat(ReaderFixture.rejected(results)).hasSize(1);
        }
    }
}
