package org.parley.eval.tempeval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimeMlReaderTest {

    private static TimeMlDocument sample() {
        InputStream in = TimeMlReaderTest.class.getResourceAsStream("/tempeval/sample.tml");
        return new TimeMlReader().read(in, "sample.tml");
    }

    @Test
    void readsTheCreationTimeAndLeavesItOutOfTheGold() {
        TimeMlDocument doc = sample();
        assertThat(doc.dct()).isEqualTo(LocalDate.of(2024, 3, 26));
        assertThat(doc.timexes()).extracting(GoldTimex::tid).containsExactly("t1", "t2", "t3");
    }

    @Test
    void offsetsPointAtTheTimexTextOfTheStrippedText() {
        TimeMlDocument doc = sample();
        assertThat(doc.text()).doesNotContain("<").contains("met on Monday & agreed").doesNotContain("Ministers meet");
        assertThat(doc.timexes()).extracting(t -> t.span().of(doc.text()))
                .containsExactly("on Monday", "in two weeks", "three years");
        assertThat(doc.timexes().get(1).type()).isEqualTo("DURATION");
        assertThat(doc.timexes().get(1).value()).isEqualTo("P2W");
    }

    @Test
    void aDocumentWithoutCreationTimeIsRejectedNamingIt() {
        String xml = "<TimeML><TEXT>Nothing <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2020\">in 2020</TIMEX3></TEXT></TimeML>";
        assertThatThrownBy(() -> new TimeMlReader().read(
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "nodct.tml"))
                .isInstanceOf(TimeMlReader.TimeMlException.class).hasMessageContaining("nodct.tml")
                .hasMessageContaining("CREATION_TIME");
    }

    @Test
    void malformedXmlIsRejectedNamingTheFile() {
        assertThatThrownBy(() -> new TimeMlReader().read(
                new ByteArrayInputStream("<TimeML><TEXT>".getBytes(StandardCharsets.UTF_8)), "broken.tml"))
                .isInstanceOf(TimeMlReader.TimeMlException.class).hasMessageContaining("broken.tml");
    }
}
