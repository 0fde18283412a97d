package org.fusioncentre.extraction.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.fusioncentre.geo.gazetteer.Gazetteer;
import org.junit.jupiter.api.Test;

/** Any input gives observations or none: never an exception. */
class ExtractorRobustnessTest {
    private static final Extractor EXTRACTOR = Extractor.withDefaults(Gazetteer.fromClasspath());
    private static final LocalDateTime PUBLISHED = LocalDateTime.parse("2026-11-19T20:00:00");

    @Property(tries = 300)
    void anyTextReturnsWithoutThrowing(@ForAll String title, @ForAll String body) {
        assertThat(EXTRACTOR.extract(title, body, PUBLISHED))
                .allSatisfy(observation -> assertThat(observation.confidence()).isBetween(0.0, 1.0));
    }

    @Test
    void binaryUrduHtmlAndHugeNumbersReturn() {
        byte[] bytes = new byte[20_000];
        new Random(3).nextBytes(bytes);
        String binary = new String(bytes, StandardCharsets.ISO_8859_1);
        String urdu = "کوئٹہ میں دھماکہ، پانچ افراد جاں بحق ہوگئے۔ ".repeat(200);
        String html =
                "<div class=\"story\"><p>Militants attacked a check post in <b>Bannu</b>, killing 3 soldiers.</p></div>&nbsp;"
                        .repeat(50);
        String numbers =
                "At least 99999999999 people were killed and 123,456,789,012 injured in a blast in Quetta on Tuesday.";

        assertThat(EXTRACTOR.extract(null, binary, PUBLISHED)).isNotNull();
        assertThat(EXTRACTOR.extract(null, urdu, PUBLISHED)).isNotNull();
        assertThat(EXTRACTOR.extract(null, html, PUBLISHED)).isNotEmpty();
        assertThat(EXTRACTOR.extract(null, numbers, PUBLISHED))
                .singleElement()
                .satisfies(
                        observation -> assertThat(observation.killed().value()).isEqualTo(1_000_000L));
    }

    @Test
    void aMegabyteReportReturns() {
        String paragraph =
                "QUETTA: Two soldiers were martyred when militants attacked a check post in Kech district late last night. "
                        + "Officials said the attackers fled towards the mountains of Panjgur and Awaran. ";
        String body = paragraph.repeat(1_000_000 / paragraph.length() + 1);

        assertThat(EXTRACTOR.extract("A very long report", body, PUBLISHED)).isNotEmpty();
    }
}
