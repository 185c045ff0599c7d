package org.parley.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.model.ArticleId;
import org.parley.model.EventDate;
import org.parley.model.Story;

class StoryClustererTest {
    private static final String REVIEW_TEXT = "Secretary of State Antony Blinken met Foreign Minister Bui Thanh Son for the "
            + "annual review of the comprehensive strategic partnership, discussing semiconductors, critical minerals, "
            + "the Mekong Delta, market economy status and the South China Sea";
    private final StoryClusterer clusterer = StoryClusterer.withDefaults();

    @Test
    void sameMeetingFromThreeOutletsADayApartIsOneStory() {
        List<StoryEvidence> items = List.of(
                meeting("a1", "capital-wire", LocalDate.of(2024, 6, 20), "washington", REVIEW_TEXT),
                meeting("a2", "harbour-times", LocalDate.of(2024, 6, 20), "washington", REVIEW_TEXT + " in Washington"),
                meeting("a3", "mekong-ledger", LocalDate.of(2024, 6, 21), "washington", "Son and Blinken held talks "
                        + REVIEW_TEXT));

        List<Story> stories = clusterer.cluster(items);

        assertThat(stories).hasSize(1);
        assertThat(stories.get(0).docs()).containsExactlyInAnyOrder("a1", "a2", "a3");
        assertThat(stories.get(0).date()).isEqualTo("2024-06-20");
    }

    @Test
    void samePeopleMonthsApartAreTwoStories() {
        List<StoryEvidence> items = List.of(
                meeting("a1", "capital-wire", LocalDate.of(2024, 2, 20), "hanoi", REVIEW_TEXT),
                meeting("a2", "mekong-ledger", LocalDate.of(2024, 2, 20), "hanoi", REVIEW_TEXT),
                meeting("b1", "capital-wire", LocalDate.of(2024, 6, 20), "washington", REVIEW_TEXT),
                meeting("b2", "harbour-times", LocalDate.of(2024, 6, 20), "washington", REVIEW_TEXT));

        List<Story> stories = clusterer.cluster(items);

        assertThat(stories).extracting(Story::docs).containsExactly(List.of("a1", "a2"), List.of("b1", "b2"));
        assertThat(stories).extracting(Story::date).containsExactly("2024-02-20", "2024-06-20");
    }

    @Test
    void aMonthOnlyDateJoinsTheDaysOfThatMonth() {
        StoryEvidence day = meeting("a1", "capital-wire", LocalDate.of(2024, 6, 20), "washington", REVIEW_TEXT);
        StoryEvidence month = evidence("a2", "harbour-times", LocalDate.of(2024, 6, 28),
                new EventDate.MonthOnly(YearMonth.of(2024, 6), EventDate.Basis.STATED, List.of("in June")),
                "washington", REVIEW_TEXT, Set.of("antony blinken", "bui thanh son"));
        StoryEvidence nextMonth = evidence("a3", "harbour-times", LocalDate.of(2024, 7, 28),
                new EventDate.MonthOnly(YearMonth.of(2024, 7), EventDate.Basis.STATED, List.of("in July")),
                "washington", REVIEW_TEXT, Set.of("antony blinken", "bui thanh son"));

        List<Story> stories = clusterer.cluster(List.of(day, month, nextMonth));

        assertThat(stories).extracting(Story::docs).containsExactlyInAnyOrder(List.of("a1", "a2"), List.of("a3"));
    }

    @Test
    void aRecapLedByANewEventDoesNotJoinTheOldStory() {
        StoryEvidence review1 = meeting("a1", "capital-wire", LocalDate.of(2024, 6, 20), "washington", REVIEW_TEXT);
        StoryEvidence review2 = meeting("a2", "harbour-times", LocalDate.of(2024, 6, 20), "washington", REVIEW_TEXT);
        // mostly the same words and actors, but led by Son receiving Campbell in Hanoi in September
        StoryEvidence recap = evidence("c1", "mekong-ledger", LocalDate.of(2024, 9, 5),
                new EventDate.ExactDay(LocalDate.of(2024, 9, 5), EventDate.Basis.STATED, List.of("on September 5")),
                "hanoi", "Son received Kurt Campbell. " + REVIEW_TEXT,
                Set.of("bui thanh son", "kurt campbell"));

        List<Story> stories = clusterer.cluster(List.of(review1, review2, recap));

        assertThat(stories).extracting(Story::docs).containsExactly(List.of("a1", "a2"), List.of("c1"));
    }

    @Test
    void articlesWithoutEventsClusterOnEntitiesAndWords() {
        String quake = "A magnitude 6.1 earthquake struck the island of Sumatra on Monday, the geological survey said, "
                + "killing dozens and damaging buildings in Padang and Bukittinggi";
        String rehab = "Actress Lindsay Lohan checked into a rehabilitation clinic in Malibu, her publicist said, "
                + "after a court ordered treatment following her probation violation";
        List<StoryEvidence> items = List.of(
                general("q1", LocalDate.of(2009, 9, 30), quake, Set.of("sumatra", "padang", "geological survey")),
                general("q2", LocalDate.of(2009, 10, 1), quake + " on Wednesday", Set.of("sumatra", "padang", "bukittinggi")),
                general("r1", LocalDate.of(2009, 10, 1), rehab, Set.of("lohan", "malibu")),
                general("r2", LocalDate.of(2009, 10, 2), rehab + " late on Thursday", Set.of("lohan", "malibu", "betty ford")),
                // the same kind of news three years later is another story
                general("r3", LocalDate.of(2012, 10, 2), rehab, Set.of("lohan", "malibu")));

        List<Story> stories = clusterer.cluster(items);

        assertThat(stories).extracting(Story::docs).containsExactlyInAnyOrder(
                List.of("q1", "q2"), List.of("r1", "r2"), List.of("r3"));
    }

    @Test
    void followUpReportsDatedByTheirPublicationOnlyStayOneStory() {
        String trial = "A jury convicted the gang member of murdering the sheriff's deputy in Lakewood, prosecutors said, "
                + "and the judge set the sentencing hearing for the deputy's killer";
        // three reports of one trial weeks apart, no event date in their text: the first and the last are dated
        // apart (never linked), each is within weeks of the middle one, which used to narrow the story to its days
        List<StoryEvidence> items = List.of(
                general("t1", LocalDate.of(2007, 1, 5), trial, Set.of("lakewood", "orozco")),
                general("t2", LocalDate.of(2007, 3, 1), trial + " on Friday", Set.of("lakewood", "orozco")),
                general("t3", LocalDate.of(2007, 4, 30), "The killer of the deputy " + trial, Set.of("lakewood", "orozco")));

        assertThat(StoryClusterer.apart(items.get(0), items.get(2))).isTrue();
        assertThat(clusterer.cluster(items)).extracting(Story::docs).containsExactly(List.of("t1", "t2", "t3"));
    }

    @Test
    void reportsDaysApartByResolvedWeekdaysStayOneStoryButStatedDaysPartIt() {
        String offer = "The club made an eight-year offer to the free-agent first baseman, his agent said, and the "
                + "rival clubs waited for his answer before the winter meetings ended";
        Set<String> names = Set.of("teixeira", "boras", "red sox");
        // two reports resolve "Friday" to the 15th, two a later "Monday" to the 18th (each against its own
        // publication), four more carry no event date: the dated pairs are apart, the others link everything
        for (EventDate.Basis basis : List.of(EventDate.Basis.RELATIVE, EventDate.Basis.STATED)) {
            List<StoryEvidence> items = new ArrayList<>();
            for (int k = 0; k < 2; k++) {
                items.add(dated("a" + k, LocalDate.of(2008, 12, 15), basis, offer, names));
                items.add(dated("b" + k, LocalDate.of(2008, 12, 18), basis, offer, names));
            }
            for (int k = 0; k < 4; k++) {
                items.add(general("c" + k, LocalDate.of(2008, 12, 19), offer, names));
            }
            assertThat(StoryClusterer.apart(items.get(0), items.get(1))).isTrue();

            List<Story> stories = clusterer.cluster(items);

            if (basis == EventDate.Basis.RELATIVE) {
                // a day resolved against the publication may be a day or two off: the two groups' days meet
                assertThat(stories).as("resolved days").hasSize(1);
            } else {
                // days the text states in full keep their groups apart, as two meetings three days apart are two events
                assertThat(stories).as("stated days").hasSizeGreaterThan(1);
                assertThat(stories).noneMatch(st -> st.docs().contains("a0") && st.docs().contains("b0"));
            }
        }
    }

    private static StoryEvidence dated(String doc, LocalDate day, EventDate.Basis basis, String text, Set<String> names) {
        var lead = new StoryEvidence.LeadEvent("COOPERATE", null, Set.of("teixeira"), Set.of("USA"),
                new EventDate.ExactDay(day, basis, List.of(basis == EventDate.Basis.STATED ? "December" : "Friday")), null, null);
        return new StoryEvidence(id(doc), doc, "wire", "About " + doc, day, lead, StoryEvidence.when(lead, day),
                ArticleTerms.ofText(text, names));
    }

    @Test
    void anyOrderAndRepeatsGiveTheSameStories() {
        List<StoryEvidence> items = new ArrayList<>();
        for (int m = 1; m <= 6; m++) {
            for (int k = 0; k < 3; k++) {
                items.add(meeting("m" + m + "o" + k, "outlet" + k, LocalDate.of(2024, m, 10 + k % 2),
                        m % 2 == 0 ? "hanoi" : "washington", REVIEW_TEXT + " round " + m));
            }
        }
        List<Story> expected = clusterer.cluster(items);
        assertThat(expected).hasSize(6).allSatisfy(s -> assertThat(s.articles()).hasSize(3));
        Random random = new Random(42);
        for (int round = 0; round < 20; round++) {
            List<StoryEvidence> shuffled = new ArrayList<>(items);
            if (round % 2 == 1) {
                shuffled.addAll(items);
            }
            Collections.shuffle(shuffled, random);
            assertThat(clusterer.cluster(shuffled)).as("round %d", round).isEqualTo(expected);
        }
    }

    @Test
    void storyIdComesFromTheEarliestMember() {
        StoryEvidence early = meeting("b1", "capital-wire", LocalDate.of(2024, 6, 20), "washington", REVIEW_TEXT);
        StoryEvidence late = meeting("a1", "mekong-ledger", LocalDate.of(2024, 6, 21), "washington", REVIEW_TEXT);

        Story story = clusterer.cluster(List.of(late, early)).get(0);

        assertThat(story.id()).isEqualTo(Story.idFor(id("b1")));
        assertThat(story.docs()).containsExactly("b1", "a1");
    }

    private static StoryEvidence meeting(String doc, String outlet, LocalDate day, String place, String text) {
        return evidence(doc, outlet, day, new EventDate.ExactDay(day, EventDate.Basis.RELATIVE, List.of("on Thursday")),
                place, text, Set.of("antony blinken", "bui thanh son"));
    }

    private static StoryEvidence evidence(String doc, String outlet, LocalDate published, EventDate date, String place,
                                          String text, Set<String> actors) {
        String country = place.equals("hanoi") ? "VNM" : "USA";
        var lead = new StoryEvidence.LeadEvent("CONSULT", "meeting", actors, Set.of("USA", "VNM"), date, place, country);
        DateWindow when = lead.window() != null ? lead.window() : DateWindow.reportedBy(published);
        return new StoryEvidence(id(doc), doc, outlet, "About " + doc, published, lead, when,
                ArticleTerms.ofText(text, List.of("Blinken", "Son", place)));
    }

    private static StoryEvidence general(String doc, LocalDate published, String text, Set<String> entities) {
        return new StoryEvidence(id(doc), doc, "wire", "About " + doc, published, null,
                DateWindow.reportedBy(published), ArticleTerms.ofText(text, entities));
    }

    static ArticleId id(String doc) {
        StringBuilder hex = new StringBuilder();
        for (char c : doc.toCharArray()) {
            hex.append(String.format("%02x", (int) c));
        }
        while (hex.length() < 16) {
            hex.append('0');
        }
        return new ArticleId(hex.toString());
    }
}
