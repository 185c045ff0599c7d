package org.parley.engine.export;

import java.time.Instant;
import java.util.Objects;

/**
 * Who exports and when, as each export's manifest records it.
 *
 * @param parleyVersion the version of Parley writing the files ({@code parley --version})
 * @param exportedAt    the time of the export
 */
public record ExportRun(String parleyVersion, Instant exportedAt) {
    public ExportRun {
        Objects.requireNonNull(parleyVersion, "parleyVersion");
        Objects.requireNonNull(exportedAt, "exportedAt");
    }
}
