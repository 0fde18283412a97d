package org.fusioncentre.extraction.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.fusioncentre.extraction.ClaimStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrganisationsTest {
    private static final Organisations REGISTRY = Organisations.fromClasspath();

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "The proscribed BLA claimed responsibility for the attack in a statement.            | BLA                | CLAIMED",
                "The BLA Majeed Brigade claimed the suicide bombing.                                 | BLA_MAJEED         | CLAIMED",
                "Khawarij belonging to Fitna al-Khawarij attacked the post.                          | TTP                | ATTRIBUTED",
                "Police blamed the banned Tehreek-e-Taliban Pakistan for the blast.                  | TTP                | ATTRIBUTED",
                "Terrorists of the Indian-sponsored Fitna al-Hindustan opened fire on the passengers.| BALOCH_SEPARATISTS | ATTRIBUTED",
                "Officials suspected that militants of the Hafiz Gul Bahadur group were behind it.   | HGB                | SUSPECTED",
                "Daesh claimed responsibility through its Amaq agency.                               | ISKP               | CLAIMED",
                "The Balochistan Liberation Front said its fighters attacked the camp.               | BLF                | ATTRIBUTED",
            })
    void namesTheOrganisationAndHowItIsTied(String sentence, String code, ClaimStatus status) {
        OrganisationMention first = REGISTRY.in(sentence).getFirst();

        assertThat(first.code()).isEqualTo(code);
        assertThat(first.status()).isEqualTo(status);
    }

    @Test
    void theLongestNameWinsAndLowerCaseAcronymsAreNotNames() {
        List<OrganisationMention> found = REGISTRY.in("The BLA Majeed Brigade and the bla bla of the crowd.");

        assertThat(found).extracting(OrganisationMention::code).containsExactly("BLA_MAJEED");
    }

    @Test
    void wordsInsideOtherWordsAreNotNames() {
        assertThat(REGISTRY.in("The blast at Tablagh market; TTPs and BLAST.")).isEmpty();
    }

    @Property(tries = 300)
    void anyTextReturnsWithoutThrowing(@ForAll String text) {
        assertThat(REGISTRY.in(text))
                .allSatisfy(mention -> assertThat(mention.end()).isLessThanOrEqualTo(text.length()));
    }
}
