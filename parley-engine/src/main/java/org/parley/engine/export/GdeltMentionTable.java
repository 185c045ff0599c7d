package org.parley.engine.export;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parley.model.Actor;
import org.parley.model.Article;
import org.parley.model.Event;
import org.parley.model.EventMention;
import org.parley.model.Evidence;
import org.parley.model.PublicationDate;

/**
 * The GDELT 2.0 Mentions table: the codebook's 16 columns, one row per mention of an event. Reads
 * an event and the stored articles of its mentions; gives the rows. Stateless.
 *
 * <p>EventTimeDate is the event's DATEADDED, MentionTimeDate the article's publication time (UTC;
 * midnight when only the day is known, else its ingest time); MentionType is 1 (web); SentenceID is
 * the sentence's 1-based index; the character offsets are in the article's clean text (the
 * sentence's start plus where the first source's and target's names, or their last words, and
 * the trigger stand in it; -1 when not found); MentionDocLen is the clean text's length; Extras
 * holds the sentence as {@code <SENTENCE>...</SENTENCE>}. Left empty: Confidence, MentionDocTone,
 * MentionDocTranslationInfo.
 */
public final class GdeltMentionTable {
    public static final List<Column> COLUMNS = List.of(Column.integer("GLOBALEVENTID"),
            Column.integer("EventTimeDate"), Column.integer("MentionTimeDate"), Column.integer("MentionType"),
            Column.text("MentionSourceName"), Column.text("MentionIdentifier"), Column.integer("SentenceID"),
            Column.integer("Actor1CharOffset"), Column.integer("Actor2CharOffset"), Column.integer("ActionCharOffset"),
            Column.integer("InRawText"), Column.integer("Confidence"), Column.integer("MentionDocLen"),
            Column.decimal("MentionDocTone"), Column.text("MentionDocTranslationInfo"), Column.text("Extras"));

    private static final String WEB = "1";

    private GdeltMentionTable() {
    }

    /** One row per mention of the event, {@link #COLUMNS} in order. */
    public static List<List<String>> rows(Event e, ExportData data) {
        String eventId = Long.toString(GdeltIds.eventId(e.id()));
        String added = GdeltEventTable.dateAdded(e, data);
        List<List<String>> rows = new ArrayList<>();
        for (EventMention m : e.mentions()) {
            Evidence ev = m.evidence();
            Article article = data.article(ev.article()).orElse(null);
            List<String> row = new ArrayList<>(COLUMNS.size());
            row.add(eventId);
            row.add(added);
            row.add(article == null ? "" : mentionTime(article));
            row.add(WEB);
            row.add(GdeltIds.sourceName(m, data));
            row.add(ev.doc());
            row.add(Integer.toString(ev.sentence() + 1));
            row.add(Integer.toString(actorOffset(ev, m.source())));
            row.add(Integer.toString(actorOffset(ev, m.target())));
            row.add(Integer.toString(offset(ev, m.trigger())));
            row.add("1");  // the sentence is read from the article's own text
            row.add("");   // Confidence
            row.add(article == null ? "" : Integer.toString(article.clean().text().length()));
            row.add("");   // MentionDocTone
            row.add("");   // MentionDocTranslationInfo
            row.add("<SENTENCE>" + ev.text() + "</SENTENCE>");
            rows.add(row);
        }
        return rows;
    }

    private static String mentionTime(Article article) {
        Optional<OffsetDateTime> instant = article.published() instanceof PublicationDate.Dated dated
                ? dated.instant() : Optional.empty();
        return instant.map(i -> GdeltDates.timestamp(i.toInstant()))
                .or(() -> article.published().localDate().map(GdeltDates::timestamp))
                .orElse(GdeltDates.timestamp(article.ingestedAt()));
    }

    private static int actorOffset(Evidence ev, List<Actor> actors) {
        if (actors.isEmpty()) {
            return -1;
        }
        String name = actors.get(0).name();
        int at = offset(ev, name);
        return at >= 0 ? at : offset(ev, name.substring(name.lastIndexOf(' ') + 1));
    }

    private static int offset(Evidence ev, String words) {
        int at = words == null || words.isBlank() ? -1 : ev.text().indexOf(words);
        return at < 0 ? -1 : ev.span().begin() + at;
    }
}
