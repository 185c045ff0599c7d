package org.parley.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * When an article was published, as far as the article or its metadata says. Never the ingest
 * time: when nothing dates an article its date is {@link Unknown}.
 */
public sealed interface PublicationDate {

    /** Where a publication date came from. */
    enum Source {
        /** HTML meta tags, JSON-LD, news-please {@code date_publish}, a JSONL field. */
        METADATA,
        /** A dateline in the text, e.g. {@code Mar 26, 2024 / 20:20}. */
        DATELINE,
        /** The crawl time of a WARC record, used only when nothing else dates the article. */
        CAPTURE
    }

    /** How the time zone of a date was obtained. */
    enum ZoneBasis {
        /** Written with the date, e.g. {@code (GMT+7)} or an ISO offset. */
        STATED,
        /** The outlet's usual zone, learnt from its domain (e.g. {@code .vn} is UTC+7). */
        OUTLET,
        /** No zone known. */
        NONE
    }

    /**
     * A date with a year.
     *
     * @param dateTime local date and time as written (midnight when {@code hasTime} is false)
     * @param hasTime  whether a time of day was given
     * @param offset   the UTC offset, or null when unknown
     * @param zoneBasis how the offset was obtained
     * @param source   where the date came from
     * @param evidence the text it was read from
     */
    record Dated(LocalDateTime dateTime, boolean hasTime, ZoneOffset offset, ZoneBasis zoneBasis,
                 Source source, String evidence) implements PublicationDate {
        public Dated {
            Objects.requireNonNull(dateTime, "dateTime");
            Objects.requireNonNull(zoneBasis, "zoneBasis");
            Objects.requireNonNull(source, "source");
            if ((offset == null) != (zoneBasis == ZoneBasis.NONE)) {
                throw new IllegalArgumentException("an offset needs a zone basis and vice versa");
            }
        }

        public LocalDate date() {
            return dateTime.toLocalDate();
        }

        /** The instant when the offset is known. */
        public Optional<OffsetDateTime> instant() {
            return offset == null ? Optional.empty() : Optional.of(dateTime.atOffset(offset));
        }
    }

    /** A dateline that gives month and day but no year, e.g. {@code Kathmandu, Jan 7 (PTI)}. */
    record WithoutYear(MonthDay monthDay, Source source, String evidence) implements PublicationDate {
        public WithoutYear {
            Objects.requireNonNull(monthDay, "monthDay");
            Objects.requireNonNull(source, "source");
        }
    }

    /** Nothing in the article or its metadata dates it. */
    record Unknown() implements PublicationDate {
    }

    PublicationDate UNKNOWN = new Unknown();

    /** The calendar date when a year is known. */
    default Optional<LocalDate> localDate() {
        return this instanceof Dated d ? Optional.of(d.date()) : Optional.empty();
    }
}
