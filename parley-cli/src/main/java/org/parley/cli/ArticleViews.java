package org.parley.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.model.AnnotatedText;
import org.parley.model.Article;
import org.parley.model.PublicationDate;

/** How articles look on the command line: a fixed-width table, or one JSON object per line. */
final class ArticleViews {
    private static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ArticleViews() {
    }

    /** The publication date as a person reads it: value, zone, and where it came from. */
    static String published(PublicationDate date) {
        if (date instanceof PublicationDate.Dated d) {
            String value = d.hasTime() ? MINUTES.format(d.dateTime()) : d.date().toString();
            String zone = d.offset() == null ? "" : " " + (d.offset().getId().equals("Z") ? "UTC" : "UTC" + d.offset().getId())
                    + (d.zoneBasis() == PublicationDate.ZoneBasis.OUTLET ? "?" : "");
            return value + zone;
        }
        if (date instanceof PublicationDate.WithoutYear w) {
            return "--" + w.monthDay().toString().substring(2) + " (no year)";
        }
        return "unknown";
    }

    static String dateSource(PublicationDate date) {
        if (date instanceof PublicationDate.Dated d) {
            return d.source().name().toLowerCase();
        }
        if (date instanceof PublicationDate.WithoutYear w) {
            return w.source().name().toLowerCase();
        }
        return "-";
    }

    static Map<String, Object> json(Article a, Optional<AnnotatedText> annotation) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", a.id().value());
        out.put("doc", a.doc());
        out.put("path", a.raw().origin().path());
        out.put("record", a.raw().origin().record());
        out.put("format", a.raw().format().name().toLowerCase());
        out.put("url", a.raw().url());
        out.put("title", a.raw().title());
        out.put("site", a.raw().site());
        out.put("language", a.language());
        out.put("status", a.status().name().toLowerCase());
        out.put("error", a.error());
        out.put("previous", a.previous() == null ? null : a.previous().value());
        out.put("published", publishedJson(a.published()));
        out.put("chars", a.clean().text().length());
        out.put("removed_lines", a.clean().removed().size());
        out.put("captions", a.clean().captions().size());
        annotation.ifPresent(t -> {
            Map<String, Object> nlp = new LinkedHashMap<>();
            nlp.put("annotator", t.annotator());
            nlp.put("sentences", t.sentences().size());
            nlp.put("tokens", t.tokenCount());
            nlp.put("entities", t.entities().size());
            nlp.put("times", t.times().size());
            out.put("annotation", nlp);
        });
        out.put("ingested_at", a.ingestedAt().toString());
        return out;
    }

    private static Map<String, Object> publishedJson(PublicationDate date) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (date instanceof PublicationDate.Dated d) {
            out.put("value", d.hasTime() ? d.dateTime().toString() : d.date().toString());
            out.put("precision", d.hasTime() ? "minute" : "day");
            out.put("offset", d.offset() == null ? null : d.offset().getId());
            out.put("zone_basis", d.zoneBasis().name().toLowerCase());
            out.put("source", d.source().name().toLowerCase());
            out.put("evidence", d.evidence());
        } else if (date instanceof PublicationDate.WithoutYear w) {
            out.put("value", "--" + w.monthDay().toString().substring(2));
            out.put("precision", "day, no year");
            out.put("source", w.source().name().toLowerCase());
            out.put("evidence", w.evidence());
        } else {
            out.put("value", null);
            out.put("precision", "unknown");
        }
        return out;
    }

    static String jsonLine(Map<String, Object> value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    static String table(List<Article> articles) {
        StringBuilder out = new StringBuilder();
        String format = "%-12s  %-34s  %-22s  %-5s  %-4s  %-27s  %-9s  %-10s%n";
        out.append(String.format(format, "ID", "DOC", "SITE", "FORMAT", "LANG", "PUBLISHED", "DATE FROM", "STATUS"));
        for (Article a : articles) {
            out.append(String.format(format, a.id().value().substring(0, 12), fit(a.doc(), 34), fit(a.raw().site(), 22),
                    a.raw().format().name().toLowerCase(), a.language(), fit(published(a.published()), 27),
                    dateSource(a.published()), a.status().name().toLowerCase()));
        }
        return out.toString();
    }

    static String fit(String s, int width) {
        if (s == null) {
            return "-";
        }
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }
}
