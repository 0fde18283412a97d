package org.fusioncentre.extraction.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.fusioncentre.extraction.Qualifier;
import org.fusioncentre.extraction.text.CasualtyMention.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CasualtiesTest {

    /** sentence | kind | value | qualifier of the first figure */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "At least 27 people were killed and 51 injured in the blast.                     | KILLED           | 27 | AT_LEAST",
                "The bomb went off near a police van, killing seven people.                      | KILLED           | 7  | EXACT",
                "Three FC personnel embraced martyrdom in the exchange of fire.                  | KILLED           | 3  | EXACT",
                "Two policemen embraced shahadat and one was injured.                            | KILLED           | 2  | EXACT",
                "The death toll rose to 32 after two of the injured succumbed.                   | KILLED           | 32 | EXACT",
                "Seven terrorists were neutralised during the operation.                         | MILITANTS_KILLED | 7  | EXACT",
                "Security forces killed five khawarij in the intelligence-based operation.       | MILITANTS_KILLED | 5  | EXACT",
                "More than 50 people were injured.                                               | INJURED          | 51 | AT_LEAST",
                "A dozen labourers were wounded when the vehicle hit a landmine.                 | INJURED          | 12 | EXACT",
                "Police said 3 dead and 11 injured had been shifted to hospital.                 | KILLED           | 3  | EXACT",
                "Gunmen shot dead three men near a date orchard.                                 | KILLED           | 3  | EXACT",
                "Gunmen on a motorcycle shot dead a police constable in Orangi Town.             | KILLED           | 1  | EXACT",
                "Four brave sons of soil, having fought gallantly, embraced shahadat.            | KILLED           | 4  | EXACT",
                "On 24 December 2024, BLF militants shot dead a man in Panjgur.                  | KILLED           | 1  | EXACT",
                "Unidentified armed men opened fire and killed a local party leader.             | KILLED           | 1  | EXACT",
                "The driver of the Jaffar Express was killed and 14 passengers were injured.     | KILLED           | 1  | EXACT",
                "Security forces engaged the group and sent two of them to hell.                 | MILITANTS_KILLED | 2  | EXACT",
            })
    void readsTheFirstFigure(String sentence, Kind kind, long value, Qualifier qualifier) {
        CasualtyMention first = Casualties.in(sentence).getFirst();

        assertThat(first.kind()).isEqualTo(kind);
        assertThat(first.value()).isEqualTo(value);
        assertThat(first.qualifier()).isEqualTo(qualifier);
    }

    @Test
    void figuresJoinedByAndShareTheirVerb() {
        List<CasualtyMention> found =
                Casualties.in("Two soldiers and a civilian were martyred while four others were injured.");

        assertThat(found)
                .extracting(CasualtyMention::kind, CasualtyMention::value)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Kind.KILLED, 2L),
                        org.assertj.core.groups.Tuple.tuple(Kind.KILLED, 1L),
                        org.assertj.core.groups.Tuple.tuple(Kind.INJURED, 4L));
    }

    @Test
    void separatesVictimsFromAttackersInOneSentence() {
        List<CasualtyMention> found =
                Casualties.in("Four soldiers were martyred and six terrorists were killed in the retaliatory fire.");

        assertThat(found)
                .extracting(CasualtyMention::kind, CasualtyMention::value)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Kind.KILLED, 4L),
                        org.assertj.core.groups.Tuple.tuple(Kind.MILITANTS_KILLED, 6L));
    }

    @Test
    void marksATollAsATollAndIgnoresAgesAndTimes() {
        assertThat(Casualties.in("The death toll rose to 32.").getFirst().toll())
                .isTrue();
        assertThat(Casualties.in("A 12-year-old boy was killed at 11 pm."))
                .extracting(CasualtyMention::value)
                .doesNotContain(12L, 11L);
        assertThat(Casualties.in("The blast took place at 9 am; no one was hurt."))
                .extracting(CasualtyMention::kind, CasualtyMention::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.INJURED, 0L));
    }

    @Test
    void countedThingsAreNotPeople() {
        assertThat(Casualties.in("Explosives, two pistols and a map were recovered from the dead terrorists."))
                .isEmpty();
    }

    @Test
    void aTollRisingFarFromItsSubjectIsStillATollAndBeatsAnEarlierFigure() {
        var mentions = Casualties.in(
                "The death toll from Thursday's suicide bombing outside a police training facility rose to 14.");
        assertThat(mentions).singleElement().satisfies(mention -> {
            assertThat(mention.value()).isEqualTo(14);
            assertThat(mention.toll()).isTrue();
        });
    }

    @Test
    void aSentenceWithoutCasualtiesHasNone() {
        assertThat(Casualties.in("The apex committee met on Tuesday and reviewed 14 agenda items."))
                .isEmpty();
    }

    @Property(tries = 500)
    void anyTextReturnsWithoutThrowing(@ForAll String text) {
        assertThat(Casualties.in(text))
                .allSatisfy(mention -> assertThat(mention.end()).isLessThanOrEqualTo(text.length()));
    }
}
