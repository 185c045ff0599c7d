package org.parley.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.model.EventDate;

/** When an article's news happened: its lead event's window, unless that lies long before the publication. */
class StoryEvidenceWhenTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2013, 9, 14);

    private static StoryEvidence.LeadEvent leadOn(EventDate date) {
        return new StoryEvidence.LeadEvent("ACCIDENT", null, Set.of("queens"), Set.of(), date, null, null);
    }

    @Test
    void aLeadDatedAroundThePublicationDatesTheArticle() {
        EventDate day = new EventDate.ExactDay(LocalDate.of(2013, 9, 13), EventDate.Basis.RELATIVE, List.of("Friday"));

        assertThat(StoryEvidence.when(leadOn(day), PUBLISHED)).isEqualTo(DateWindow.of(day));
    }

    @Test
    void aLeadDatedYearsBeforeThePublicationIsNotItsNews() {
        // a radio station's name ("1010 WINS") read as a year
        EventDate misread = new EventDate.YearOnly(1010, EventDate.Basis.STATED, List.of("1010"));

        assertThat(StoryEvidence.when(leadOn(misread), PUBLISHED)).isEqualTo(DateWindow.reportedBy(PUBLISHED));
    }

    @Test
    void aLeadMonthsBeforeThePublicationStillDatesIt() {
        EventDate spring = new EventDate.MonthOnly(java.time.YearMonth.of(2013, 3), EventDate.Basis.STATED, List.of("March"));

        assertThat(StoryEvidence.when(leadOn(spring), PUBLISHED)).isEqualTo(DateWindow.of(spring));
    }

    @Test
    void anUndatedArticleWithoutLeadHasNoWindow() {
        assertThat(StoryEvidence.when(null, null)).isNull();
    }

    @Test
    void onlyALeadEventDateBoundsTheStory() {
        EventDate day = new EventDate.ExactDay(LocalDate.of(2013, 9, 13), EventDate.Basis.RELATIVE, List.of("Friday"));
        EventDate misread = new EventDate.YearOnly(1010, EventDate.Basis.STATED, List.of("1010"));

        assertThat(evidence(leadOn(day)).groupWindow()).isEqualTo(new DateWindow(LocalDate.of(2013, 9, 11), LocalDate.of(2013, 9, 15)));
        // dated by the publication alone: the weeks before it bound the pairs, not the story
        assertThat(evidence(leadOn(misread)).groupWindow()).isNull();
        assertThat(evidence(null).groupWindow()).isNull();
        assertThat(evidence(null).when()).isEqualTo(DateWindow.reportedBy(PUBLISHED));
    }

    @Test
    void aResolvedLeadDayBoundsTheStoryADayWiderThanAStatedOne() {
        LocalDate friday = LocalDate.of(2013, 9, 13);
        EventDate stated = new EventDate.ExactDay(friday, EventDate.Basis.STATED, List.of("Sept. 13, 2013"));
        EventDate resolved = new EventDate.ExactDay(friday, EventDate.Basis.RELATIVE, List.of("Friday"));
        EventDate inferred = new EventDate.ExactDay(friday, EventDate.Basis.INFERRED, List.of());

        assertThat(evidence(leadOn(stated)).groupWindow()).isEqualTo(DateWindow.of(stated));
        DateWindow wider = new DateWindow(friday.minusDays(2), friday.plusDays(2));
        assertThat(evidence(leadOn(resolved)).groupWindow()).isEqualTo(wider);
        assertThat(evidence(leadOn(inferred)).groupWindow()).isEqualTo(wider);
        // the pair veto keeps the zone slack alone
        assertThat(evidence(leadOn(resolved)).when()).isEqualTo(DateWindow.of(resolved));
    }

    private static StoryEvidence evidence(StoryEvidence.LeadEvent lead) {
        return new StoryEvidence(StoryClustererTest.id("w1"), "w1", "wire", "About w1", PUBLISHED, lead,
                StoryEvidence.when(lead, PUBLISHED), ArticleTerms.ofText("a driver was charged", List.of("Queens")));
    }
}
