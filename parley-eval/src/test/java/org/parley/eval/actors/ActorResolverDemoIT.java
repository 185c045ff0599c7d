package org.parley.eval.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.parley.core.actors.ActorMention;
import org.parley.core.actors.ActorResolver;
import org.parley.eval.AnnotatedCorpus;
import org.parley.model.Actor;
import org.parley.model.ActorKind;

/** The actor resolver on the team-written demo corpus: the office-holders demo/README.md lists. */
class ActorResolverDemoIT {

    @Test
    void groundsTheDemoOfficeHolders() {
        List<AnnotatedCorpus.Item> items = AnnotatedCorpus.of(Path.of("../demo/corpus"), Path.of("target/demo-store"));
        ActorResolver resolver = ActorResolver.bundled();
        Set<Actor> people = items.stream().flatMap(i -> resolver.resolve(i.article(), i.text()).stream())
                .map(ActorMention::actor).filter(a -> a.kind() == ActorKind.PERSON).collect(Collectors.toSet());
        Set<String> names = people.stream().map(Actor::name).collect(Collectors.toSet());
        System.out.println("demo people: " + people);
        assertThat(names).contains("Antony Blinken", "Bui Thanh Son", "Pham Minh Chinh", "Penny Wong",
                "S. Jaishankar", "Narendra Modi", "Fumio Kishida", "Annalena Baerbock", "Mauro Vieira", "David Cameron",
                "Joe Biden", "Nguyen Phu Trong");
        assertThat(people).contains(new Actor("Antony Blinken", ActorKind.PERSON, "Secretary of State", "USA", "GOV"),
                new Actor("Penny Wong", ActorKind.PERSON, "Foreign Minister", "AUS", "GOV"),
                new Actor("David Cameron", ActorKind.PERSON, "Foreign Secretary", "GBR", "GOV"));
    }
}
