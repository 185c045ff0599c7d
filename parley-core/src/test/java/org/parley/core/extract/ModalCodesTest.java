package org.parley.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.parley.core.extract.EventDraft.Coding;
import org.parley.core.extract.ModalCodes.Modality;

class ModalCodesTest {

    @Test
    void aRowOfItsOwnBeatsTheRowForAnyType() {
        ModalCodes codes = ModalCodes.read(new StringReader("""
                # columns: modality\ttype\tcoded_type\tcameo
                conditional\t*\tTHREATEN\t130
                conditional\tASSAULT\tTHREATEN\t138
                """), "codes.tsv");
        assertThat(codes.of(Modality.CONDITIONAL, "ASSAULT")).contains(new Coding("THREATEN", null, "138"));
        assertThat(codes.of(Modality.CONDITIONAL, "RETREAT")).contains(new Coding("THREATEN", null, "130"));
        assertThat(codes.of(Modality.PROMISED, "RETREAT")).isEmpty();
    }

    @Test
    void rejectsWhatIsNotAPloverTypeOrACameoCodeNamingTheLine() {
        assertThatThrownBy(() -> ModalCodes.read(new StringReader("promised\tWITHDRAW\tAGREE\t035\n"), "bad.tsv"))
                .hasMessageContaining("bad.tsv:1").hasMessageContaining("WITHDRAW");
        assertThatThrownBy(() -> ModalCodes.read(new StringReader("promised\tRETREAT\tAGREE\t35a\n"), "bad.tsv"))
                .hasMessageContaining("CAMEO");
        assertThatThrownBy(() -> ModalCodes.read(new StringReader("hoped\tRETREAT\tAGREE\t035\n"), "bad.tsv"))
                .hasMessageContaining("unknown modality 'hoped'");
    }

    @Test
    void theBundledTableCodesAPromisedWithdrawalAsAnAgreement() {
        assertThat(ModalCodes.bundled().of(Modality.PROMISED, "RETREAT")).contains(new Coding("AGREE", null, "035"));
    }
}
