package org.parley.core.relations;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.AnnotatedText;
import org.parley.model.Article;
import org.parley.model.ArticleId;
import org.parley.model.ArticleStatus;
import org.parley.model.CleanText;
import org.parley.model.EntityMention;
import org.parley.model.EntityType;
import org.parley.model.OffsetMap;
import org.parley.model.Origin;
import org.parley.model.PublicationDate;
import org.parley.model.RawArticle;
import org.parley.model.Sentence;
import org.parley.model.SourceFormat;
import org.parley.model.Span;
import org.parley.model.TimeExpression;

/**
 * A hand-built report for relationship tests: one string per sentence, time expressions marked
 * {@code [[September 2023|2023-09]]}, the country names of {@link #COUNTRIES} as entity mentions.
 * No tokens or parse: the readers read sentences, entities and time expressions only.
 */
final class ReportFixture {
    private static final Pattern MARK = Pattern.compile("\\[\\[([^|\\]]+)\\|([^|\\]]+)]]");
    private static final Pattern COUNTRIES = Pattern.compile("\\b(?:Vietnam|US|United States|Japan|Australia)\\b");

    private ReportFixture() {
    }

    /** Report {@code doc}, published on {@code day}, of {@code sentences}. */
    static ReportText of(String doc, String day, String... sentences) {
        StringBuilder clean = new StringBuilder();
        List<Sentence> built = new ArrayList<>();
        List<TimeExpression> times = new ArrayList<>();
        List<EntityMention> entities = new ArrayList<>();
        for (int i = 0; i < sentences.length; i++) {
            if (i > 0) {
                clean.append(' ');
            }
            int begin = clean.length();
            Matcher m = MARK.matcher(sentences[i]);
            int last = 0;
            while (m.find()) {
                clean.append(sentences[i], last, m.start());
                int start = clean.length();
                clean.append(m.group(1));
                times.add(new TimeExpression(m.group(1), new Span(start, clean.length()), "DATE", m.group(2), i));
                last = m.end();
            }
            clean.append(sentences[i].substring(last));
            Matcher country = COUNTRIES.matcher(clean.substring(begin));
            while (country.find()) {
                entities.add(new EntityMention(country.group(), new Span(begin + country.start(), begin + country.end()),
                        EntityType.COUNTRY, null, i));
            }
            built.add(new Sentence(i, new Span(begin, clean.length()), List.of(), List.of()));
        }
        String text = clean.toString();
        RawArticle raw = RawArticle.text(Origin.file("in/" + doc, doc), SourceFormat.TEXT, text);
        PublicationDate published = new PublicationDate.Dated(LocalDate.parse(day).atTime(12, 0), true,
                ZoneOffset.ofHours(7), PublicationDate.ZoneBasis.STATED, PublicationDate.Source.METADATA, day);
        String id = String.format("%016x", doc.hashCode() & 0xffffffffL);
        Article article = new Article(new ArticleId(id), null, raw,
                new CleanText(text, List.of(), List.of(), OffsetMap.identity(text.length())), "en", published,
                ArticleStatus.ANNOTATED, null, Instant.EPOCH);
        return new ReportText(article, new AnnotatedText("fixture", built, entities, times));
    }
}
