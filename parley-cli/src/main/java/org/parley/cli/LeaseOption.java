package org.parley.cli;

import java.time.Duration;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --lease DURATION}, for the commands that annotate ({@code ingest}, {@code serve}, {@code watch}, {@code fetch}): how long
 * this process's claim on an article it is annotating lasts without renewal. A running process renews
 * its claims every third of the lease, so the lease bounds two things: how long the articles of a
 * killed process wait before another takes them, and how long one renewal may be late (a stalled
 * machine, a store busy with a long write) before another process may take an article this one is
 * still annotating.
 */
final class LeaseOption {

    static final Duration SHORTEST = Duration.ofSeconds(3);
    static final Duration LONGEST = Duration.ofHours(24);

    @Option(names = "--lease", paramLabel = "DURATION", defaultValue = "1m", converter = LeaseConverter.class,
            description = "How long a claim on an article being annotated lasts without renewal (renewed every third of it "
                    + "while this process runs): when several processes write one store, a killed one's articles return "
                    + "to the others after this. Raise it when the store or the machine can stall longer than a third of "
                    + "it. 3s to 24h, e.g. 30s, 5m (default: ${DEFAULT-VALUE}).")
    Duration lease;

    /** Reads a duration ({@link DurationConverter}) and refuses one outside {@link #SHORTEST}..{@link #LONGEST}. */
    static final class LeaseConverter implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            Duration lease = new DurationConverter().convert(value);
            // Shorter, the heartbeat would write to the store every second or more often; longer, a killed
            // process's articles would wait more than a day.
            if (lease.compareTo(SHORTEST) < 0 || lease.compareTo(LONGEST) > 0) {
                throw new TypeConversionException("'" + value + "' is not a lease between 3s and 24h");
            }
            return lease;
        }
    }
}
