package org.parley.eval.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.core.actors.ActorMention;
import org.parley.core.actors.ActorResolver;
import org.parley.eval.AnnotatedCorpus;
import org.parley.eval.SeedCorpus;
import org.parley.model.Actor;
import org.parley.model.ActorKind;

/** The actor resolver on the five real seed articles (skips when ../shared is absent). */
class ActorResolverSeedIT {

    private static ActorResolver resolver;

    @BeforeAll
    static void build() {
        resolver = ActorResolver.bundled();
    }

    private static List<ActorMention> mentions(String seed) {
        AnnotatedCorpus.Item item = SeedCorpus.seed(seed);
        return resolver.resolve(item.article(), item.text());
    }

    /** The actors of the mentions whose text is exactly {@code text}. */
    private static List<Actor> actorsOf(List<ActorMention> ms, String text) {
        return ms.stream().filter(m -> m.text().equals(text)).map(ActorMention::actor).toList();
    }

    private static Actor first(List<ActorMention> ms, String text) {
        List<Actor> as = actorsOf(ms, text);
        assertThat(as).as("a mention '%s' in %s", text, ms.stream().map(ActorMention::text).toList()).isNotEmpty();
        return as.get(0);
    }

    @Test
    void seed000GroundsTitlesAndShortForms() {
        List<ActorMention> ms = mentions("000");
        assertThat(first(ms, "Secretary Blinken"))
                .isEqualTo(new Actor("Antony Blinken", ActorKind.PERSON, "Secretary of State", "USA", "GOV"));
        assertThat(first(ms, "Foreign Minister Son"))
                .isEqualTo(new Actor("Bui Thanh Son", ActorKind.PERSON, "Foreign Minister", "VNM", "GOV"));
        assertThat(first(ms, "US Secretary of State Antony Blinken").name()).isEqualTo("Antony Blinken");
        assertThat(first(ms, "President Biden").name()).isEqualTo("Joe Biden");
        assertThat(first(ms, "The Secretary").name()).isEqualTo("Antony Blinken");
        assertThat(first(ms, "Foreign Minister").name()).isEqualTo("Bui Thanh Son");
        // "US-Vietnam relationship": two countries.
        assertThat(ms.stream().filter(m -> m.basis() == ActorMention.Basis.COUNTRY).map(m -> m.actor().country())
                .collect(Collectors.toSet())).contains("USA", "VNM");
    }

    @Test
    void seed001ResolvesTheVietnameseForeignMinister() {
        List<ActorMention> ms = mentions("001");
        assertThat(first(ms, "The Vietnamese Foreign Minister").name()).isEqualTo("Bui Thanh Son");
        assertThat(first(ms, "General Secretary Nguyen Phu Trong"))
                .isEqualTo(new Actor("Nguyen Phu Trong", ActorKind.PERSON, "Party General Secretary", "VNM", "PTY"));
        assertThat(first(ms, "ASEAN")).satisfies(a -> {
            assertThat(a.sector()).isEqualTo("IGO");
            assertThat(a.country()).isNull();
        });
        assertThat(first(ms, "Ministry of Foreign Affairs").country()).isEqualTo("VNM");
    }

    @Test
    void seed002GroundsOrganisations() {
        List<ActorMention> ms = mentions("002");
        Actor exim = first(ms, "Export-Import Bank of the United States");
        assertThat(exim.country()).isEqualTo("USA");
        assertThat(exim.sector()).isEqualTo("GOV");
        assertThat(first(ms, "Vietnam Development Bank").country()).isEqualTo("VNM");
        assertThat(first(ms, "U.S. Department of State").country()).isEqualTo("USA");
        assertThat(first(ms, "Secretary of State Antony J. Blinken").name()).isEqualTo("Antony Blinken");
        assertThat(first(ms, "President Joseph R. Biden Jr.").name()).isEqualTo("Joe Biden");
        assertThat(first(ms, "Arizona State University").sector()).isEqualTo("EDU");
    }

    @Test
    void seed003ResolvesVietnameseGivenNames() {
        List<ActorMention> ms = mentions("003");
        assertThat(first(ms, "Son").name()).isEqualTo("Bui Thanh Son");
        assertThat(first(ms, "Blinken").name()).isEqualTo("Antony Blinken");
        assertThat(first(ms, "The minister").name()).isEqualTo("Bui Thanh Son");
        assertThat(actorsOf(ms, "the two ministers").stream().map(Actor::name).collect(Collectors.toSet()))
                .isEqualTo(Set.of("Bui Thanh Son", "Antony Blinken"));
    }

    @Test
    void seed004ResolvesDescriptionsPerSection() {
        List<ActorMention> ms = mentions("004");
        Actor trong = first(ms, "The Party chief");
        assertThat(trong.name()).isEqualTo("Nguyen Phu Trong");
        assertThat(trong.country()).isEqualTo("VNM");
        assertThat(trong.sector()).isEqualTo("PTY");
        assertThat(first(ms, "The PM").name()).isEqualTo("Pham Minh Chinh");
        assertThat(first(ms, "The US diplomat").name()).isEqualTo("Antony Blinken");
        assertThat(first(ms, "The host").name()).isEqualTo("Nguyen Phu Trong");
        Actor trung = first(ms, "Le Hoai Trung");
        assertThat(trung.country()).isEqualTo("VNM");
        assertThat(trung.sector()).isEqualTo("PTY");
        assertThat(trung.role()).startsWith("Head of the Party Central Committee");
        // "the two sides" after the Prime Minister's headline: Chinh and Blinken.
        int pmHeadline = ms.stream().filter(m -> m.text().equals("Prime Minister")).mapToInt(ActorMention::sentence)
                .findFirst().orElseThrow();
        List<ActorMention> sides = ms.stream().filter(m -> m.sentence() > pmHeadline
                && m.basis() == ActorMention.Basis.GROUP && m.text().equals("the two sides")).toList();
        assertThat(sides).isNotEmpty();
        assertThat(sides.stream().filter(m -> m.sentence() == sides.get(0).sentence()).map(m -> m.actor().name())
                .collect(Collectors.toSet())).isEqualTo(Set.of("Pham Minh Chinh", "Antony Blinken"));
    }

    @Test
    void printsGroundingAndEveryMention() {
        int people = 0;
        int orgs = 0;
        int peopleGrounded = 0;
        int orgsGrounded = 0;
        for (AnnotatedCorpus.Item item : SeedCorpus.load()) {
            List<ActorMention> ms = resolver.resolve(item.article(), item.text());
            System.out.println("=== " + item.doc());
            for (ActorMention m : ms) {
                System.out.println("  s" + m.sentence() + " [" + m.beginToken() + "," + m.endToken() + ") " + m.basis()
                        + " '" + m.text() + "' -> " + m.actor());
                if (m.actor().kind() == ActorKind.PERSON) {
                    people++;
                    peopleGrounded += m.actor().country() != null ? 1 : 0;
                } else if (m.actor().kind() == ActorKind.ORGANIZATION) {
                    orgs++;
                    orgsGrounded += m.actor().country() != null || "IGO".equals(m.actor().sector()) ? 1 : 0;
                }
            }
        }
        System.out.printf("seeds: %d/%d person mentions grounded to a country, %d/%d organisation mentions"
                + " grounded (country, or IGO)%n", peopleGrounded, people, orgsGrounded, orgs);
        assertThat(people).isPositive();
    }
}
