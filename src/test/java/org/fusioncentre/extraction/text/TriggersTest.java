package org.fusioncentre.extraction.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.fusioncentre.extraction.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TriggersTest {
    private static final Triggers LEXICON = Triggers.fromClasspath();

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "A suicide bomber blew himself up near the checkpoint.                          | SUICIDE_ATTACK",
                "A roadside bomb struck a vehicle of the Frontier Corps.                        | BOMBING",
                "An IED planted on the roadside exploded as the convoy passed.                  | BOMBING",
                "Unidentified gunmen on a motorcycle shot dead a schoolteacher.                 | TARGETED_KILLING",
                "Six labourers were kidnapped from a construction site.                         | KIDNAPPING",
                "Miscreants blew up a gas pipeline near Sui.                                    | INFRASTRUCTURE_ATTACK",
                "Militants attacked a check post with heavy weapons.                            | ARMED_ASSAULT",
                "Security forces conducted an intelligence-based operation in the area.         | SECURITY_OPERATION",
                "A drone strike hit a compound in the district.                                 | AIR_STRIKE",
                "An exchange of fire took place between troops and militants.                   | ARMED_CLASH",
            })
    void theStrongestTriggerNamesTheEventType(String sentence, EventType expected) {
        EventTrigger strongest = LEXICON.in(sentence).stream()
                .max(Comparator.comparingDouble(EventTrigger::weight))
                .orElseThrow();

        assertThat(strongest.type()).isEqualTo(expected);
    }

    @Test
    void aKillingIsAnEventOnlyAsANoun() {
        assertThat(LEXICON.in("He condemned the killing of a police constable in Orangi."))
                .extracting(EventTrigger::type)
                .contains(EventType.TARGETED_KILLING);
        // "..., killing four people" tells the toll of the event named before it
        assertThat(LEXICON.in("Jets struck the compound, killing four people."))
                .filteredOn(trigger -> trigger.type() == EventType.TARGETED_KILLING)
                .allSatisfy(trigger -> assertThat(trigger.weight()).isLessThan(1));
    }

    @Test
    void meetingsAndCondemnationsAreNoIncidentCues() {
        assertThat(LEXICON.noIncidentCues(
                        "The chief minister chaired a meeting of the apex committee and condemned the attack."))
                .hasSizeGreaterThanOrEqualTo(3);
        assertThat(LEXICON.noIncidentCues("A roadside bomb killed two soldiers."))
                .isEmpty();
    }

    @Test
    void theLongestPhraseWinsAtAPlace() {
        assertThat(LEXICON.in("a remote-controlled bomb"))
                .extracting(EventTrigger::type)
                .containsExactly(EventType.BOMBING);
        assertThat(LEXICON.in("a remote-controlled bomb"))
                .extracting(EventTrigger::weight)
                .containsExactly(2.5);
    }

    @Property(tries = 300)
    void anyTextReturnsWithoutThrowing(@ForAll String text) {
        assertThat(LEXICON.in(text))
                .allSatisfy(trigger -> assertThat(trigger.end()).isLessThanOrEqualTo(text.length()));
    }
}
