package org.parley.eval.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.parley.model.Origin;
import org.parley.model.Outcome;
import org.parley.model.RawArticle;
import org.parley.model.SourceFormat;

/**
 * Reads one MEANTIME (NewsReader CAT XML) document back into an article: the corpus keeps Wikinews
 * texts only as tokens ({@code <token sentence="n">}), so the text is rebuilt by joining tokens with
 * the spacing English punctuation takes. Sentence 0 is the headline, sentence 1 the date line; the
 * body is the remaining sentences, one space apart (paragraph breaks are not in the corpus). The
 * document creation time ({@code TIMEX3 functionInDocument="CREATION_TIME"}) becomes the published
 * metadata, the Wikinews URL the article URL.
 *
 * <p>Stateless and thread-safe.
 */
public final class MeantimeReader {

    private static final Set<String> NO_SPACE_BEFORE = Set.of(".", ",", ";", ":", "!", "?", "%", ")", "]", "}",
            "''", "'s", "'S", "n't", "'re", "'ve", "'ll", "'d", "'m");
    private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", "{", "$", "``", "#");
    private final XMLInputFactory factory;

    public MeantimeReader() {
        factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    /** Whether {@code file} looks like a MEANTIME document (an XML file whose root is {@code <Document>} with tokens). */
    public static boolean isMeantime(Path file) {
        if (!file.getFileName().toString().endsWith(".xml")) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(600), java.nio.charset.StandardCharsets.UTF_8);
            return head.contains("<Document") && head.contains("<token");
        } catch (IOException e) {
            return false;
        }
    }

    /** The article of {@code file}, or a rejection naming the file and the problem. */
    public Outcome<RawArticle> read(Path file) {
        Origin origin = Origin.file(file.toString(), file.getFileName().toString());
        List<List<String>> sentences = new ArrayList<>();
        String url = null;
        String created = null;
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (xml.getLocalName()) {
                    case "Document" -> url = xml.getAttributeValue(null, "url");
                    case "token" -> {
                        int sentence = Integer.parseInt(xml.getAttributeValue(null, "sentence"));
                        String word = xml.getElementText();
                        while (sentences.size() <= sentence) {
                            sentences.add(new ArrayList<>());
                        }
                        sentences.get(sentence).add(word);
                    }
                    case "TIMEX3" -> {
                        if ("CREATION_TIME".equals(xml.getAttributeValue(null, "functionInDocument"))) {
                            created = xml.getAttributeValue(null, "value");
                        }
                    }
                    default -> {
                    }
                }
            }
        } catch (IOException | XMLStreamException | RuntimeException e) {
            return Outcome.rejected(origin, "not a readable MEANTIME document: " + e.getMessage());
        }
        if (sentences.size() < 3) {
            return Outcome.rejected(origin, "MEANTIME document without body sentences");
        }
        StringBuilder body = new StringBuilder();
        for (List<String> sentence : sentences.subList(2, sentences.size())) {
            if (!sentence.isEmpty()) {
                if (!body.isEmpty()) {
                    body.append(' ');
                }
                body.append(join(sentence));
            }
        }
        return Outcome.accepted(new RawArticle(origin, SourceFormat.TEXT, body.toString(), join(sentences.get(0)),
                url, "wikinews.org", "en", created, null, null));
    }

    /**
     * Tokens joined with English spacing: none before closing punctuation and clitics, none after
     * opening brackets; straight double quotes alternate between opening and closing.
     */
    static String join(List<String> tokens) {
        StringBuilder out = new StringBuilder();
        boolean glueNext = true;
        boolean quoteOpen = false;
        for (String token : tokens) {
            boolean closingQuote = token.equals("\"") && quoteOpen;
            if (!glueNext && !NO_SPACE_BEFORE.contains(token) && !closingQuote) {
                out.append(' ');
            }
            out.append(token);
            glueNext = NO_SPACE_AFTER.contains(token) || (token.equals("\"") && !quoteOpen);
            if (token.equals("\"")) {
                quoteOpen = !quoteOpen;
            }
        }
        return out.toString();
    }
}
