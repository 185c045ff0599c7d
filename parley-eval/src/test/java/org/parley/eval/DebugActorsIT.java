package org.parley.eval;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DebugActorsIT {
    @Test
    void print() {
        var demo = AnnotatedCorpus.of(Path.of("../demo/corpus"), Path.of("target/demo-store"));
        var cw4 = demo.stream().filter(i -> i.doc().contains("usaid-mpi")).findFirst().orElseThrow();
        var res = org.parley.core.actors.ActorResolver.bundled().resolve(cw4.article(), cw4.text());
        res.stream().filter(m -> m.sentence() <= 1).forEach(m -> System.out.println("ACT " + m.sentence() + " " + m.beginToken() + "-" + m.endToken() + " '" + m.text() + "' -> " + m.actor() + " " + m.basis()));
        cw4.text().entities().stream().filter(e -> e.sentence() <= 1).forEach(e -> System.out.println("NER " + e.type() + " '" + e.text() + "'"));
        var s2 = SeedCorpus.seed("002");
        var r2 = org.parley.core.actors.ActorResolver.bundled().resolve(s2.article(), s2.text());
        r2.stream().filter(m -> m.sentence() == 9).forEach(m -> System.out.println("ACT2 " + m.beginToken() + "-" + m.endToken() + " '" + m.text() + "' -> " + m.actor() + " " + m.basis()));
        s2.text().entities().stream().filter(e -> e.sentence() == 9).forEach(e -> System.out.println("NER2 " + e.type() + " '" + e.text() + "'"));
    }
}
