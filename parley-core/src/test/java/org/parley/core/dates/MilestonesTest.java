package org.parley.core.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.core.data.DataFileException;

class MilestonesTest {

    @Test
    void milestonesPreferTheLongestNameAndTheDyad() {
        Milestones m = Milestones.bundled();
        assertThat(m.named("the comprehensive strategic partnership", Set.of("USA", "VNM")))
                .hasValueSatisfying(x -> assertThat(x.milestone().date()).isEqualTo(LocalDate.of(2023, 9, 10)));
        assertThat(m.named("comprehensive partnership", Set.of("VNM", "USA")))
                .hasValueSatisfying(x -> assertThat(x.milestone().date()).isEqualTo(LocalDate.of(2013, 7, 25)));
        assertThat(m.named("comprehensive strategic partnership", Set.of("VNM", "AUS")))
                .hasValueSatisfying(x -> assertThat(x.milestone().date()).isEqualTo(LocalDate.of(2024, 3, 7)));
        assertThat(m.named("diplomatic relations", Set.of("VNM"))).isEmpty();   // several dyads: ambiguous
    }

    @Test
    void aMalformedMilestoneTableNamesTheLine() {
        String table = "# columns: dyad\tkey\tnames\tdate\tnote\nUSA-VNM\tx\tfoo\t2013-13-01\t\nUSA\tx\tfoo\t2013-01-01\t\n";
        assertThatThrownBy(() -> Milestones.parse(new StringReader(table), "t.tsv"))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining("t.tsv:2: date '2013-13-01' is not YYYY-MM-DD")
                .hasMessageContaining("t.tsv:3: dyad 'USA' is not two alpha-3 codes");
    }
}
