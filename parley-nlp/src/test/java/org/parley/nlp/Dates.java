package org.parley.nlp;

import java.time.LocalDate;
import org.parley.model.PublicationDate;

/** Publication dates for tests. */
final class Dates {

    private Dates() {
    }

    static PublicationDate published(String isoDate) {
        return new PublicationDate.Dated(LocalDate.parse(isoDate).atStartOfDay(), false, null,
                PublicationDate.ZoneBasis.NONE, PublicationDate.Source.METADATA, isoDate);
    }
}
