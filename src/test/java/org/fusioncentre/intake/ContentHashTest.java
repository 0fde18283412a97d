package org.fusioncentre.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.util.HexFormat;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class ContentHashTest {

    @Test
    void copiesThatDifferOnlyInWhiteSpaceOrUnicodeCompositionHashAlike() {
        assertThat(ContentHash.of("Two killed in\n\n  Quetta blast. "))
                .isEqualTo(ContentHash.of("Two killed in Quetta blast."));
        assertThat(ContentHash.of("Cafe\u0301 bombed")).isEqualTo(ContentHash.of("Caf\u00e9 bombed"));
        assertThat(ContentHash.of("Two killed")).isNotEqualTo(ContentHash.of("Three killed"));
    }

    @Test
    void isTheSha256OfTheNormalisedText() throws Exception {
        String expected = HexFormat.of()
                .formatHex(
                        MessageDigest.getInstance("SHA-256").digest("ضلع کیچ attack".getBytes(StandardCharsets.UTF_8)));

        assertThat(ContentHash.of("  ضلع   کیچ\tattack\n").hex()).isEqualTo(expected);
    }

    /** The streaming encoder must agree with the obvious implementation on any text. */
    @Property(tries = 500)
    void agreesWithNormaliseCollapseAndDigest(@ForAll String text) throws Exception {
        String normalised = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder collapsed = new StringBuilder();
        boolean space = false;
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = collapsed.length() > 0;
            } else {
                if (space) {
                    collapsed.append(' ');
                    space = false;
                }
                collapsed.append(c);
            }
        }
        String expected = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(collapsed.toString().getBytes(StandardCharsets.UTF_8)));

        assertThat(ContentHash.of(text).hex()).isEqualTo(expected);
    }
}
