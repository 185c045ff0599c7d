package org.parley.core.actors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.model.ActorKind;

class OrganizationPassTest {

    @Test
    void anAcronymInBracketsIsTheArticlesAliasForTheOrganisation() {
        ArticleReading r = TestReading.through(ReadingFact.ORGANIZATIONS, new TestText()
                .sentence("The Mekong/ORGANIZATION River/ORGANIZATION Commission/ORGANIZATION ( MRC/ORGANIZATION )"
                        + " met .")
                .sentence("MRC/ORGANIZATION agreed ."));
        ActorMention full = TestReading.mention(r, "Mekong River Commission").orElseThrow();
        ActorMention acronym = TestReading.mention(r, "MRC").orElseThrow();
        assertThat(acronym.sentence()).isEqualTo(1);
        assertThat(acronym.actor()).isEqualTo(full.actor());
        assertThat(acronym.basis()).isEqualTo(ActorMention.Basis.SHORT_FORM);
        assertThat(r.isClaimed(0, 4)).as("the bracketed acronym is taken with the name").isTrue();
    }

    @Test
    void aMinistryTakesTheCountryAfterIt() {
        ArticleReading r = TestReading.through(ReadingFact.ORGANIZATIONS, new TestText()
                .sentence("the Ministry of Foreign Affairs of Vietnam said ."));
        ActorMention ministry = TestReading.mention(r, "Ministry of Foreign Affairs of Vietnam").orElseThrow();
        assertThat(ministry.actor().kind()).isEqualTo(ActorKind.ORGANIZATION);
        assertThat(ministry.actor().name()).isEqualTo("Ministry of Foreign Affairs");
        assertThat(ministry.actor().country()).isEqualTo("VNM");
        assertThat(ministry.actor().sector()).isEqualTo("GOV");
    }

    @Test
    void aTitleTaggedAsAnOrganisationIsNone() {
        ArticleReading r = TestReading.through(ReadingFact.ORGANIZATIONS, new TestText()
                .sentence("Secretary/ORGANIZATION of/ORGANIZATION State/ORGANIZATION spoke ."));
        assertThat(r.references()).isEmpty();
    }

    @Test
    void aDocumentTaggedAsAnOrganisationIsNoActorButTheSignatoryIs() {
        ArticleReading r = TestReading.through(ReadingFact.ORGANIZATIONS, new TestText()
                .sentence("The/ORGANIZATION Foreign/ORGANIZATION Agricultural/ORGANIZATION Service/ORGANIZATION signed"
                        + " an MOU/ORGANIZATION under the Paris/ORGANIZATION Agreement/ORGANIZATION ."));
        assertThat(r.references()).singleElement()
                .satisfies(ref -> assertThat(ref.actor().name()).isEqualTo("Foreign Agricultural Service"));
    }
}
