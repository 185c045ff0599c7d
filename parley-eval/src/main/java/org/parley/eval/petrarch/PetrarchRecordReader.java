package org.parley.eval.petrarch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads PETRARCH validation records ({@code PETR.UnitTest.records.xml}): each {@code <Sentence>}
 * with its {@code <EventCoding sourcecode targetcode eventcode/>} elements and its {@code <Text>}.
 * An {@code EventCoding noevents="True"} means the sentence expects no event; one with
 * {@code error="..."} means PETRARCH should reject the input. The sentence's {@code date} and its
 * {@code <Parse>} are kept for coders that use them. A sentence without text, or a coding
 * without an event code, is reported in {@link Records#problems()} and left out.
 *
 * <p>Stateless and thread-safe.
 */
public final class PetrarchRecordReader {

    /** The records read and what was wrong with the others. */
    public record Records(List<PetrarchRecord> records, List<String> problems) {
        public Records {
            records = List.copyOf(records);
            problems = List.copyOf(problems);
        }
    }

    /** {@code 19950101} as a date; null when absent or not eight digits. */
    private static LocalDate date(String yyyymmdd) {
        try {
            return yyyymmdd.matches("\\d{8}") ? LocalDate.parse(yyyymmdd, DateTimeFormatter.BASIC_ISO_DATE) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public Records read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** @param source the name used in messages */
    public Records read(InputStream in, String source) throws IOException {
        Document xml;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            javax.xml.parsers.DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler()); // errors are thrown with the file name, not printed to stderr
            xml = builder.parse(in);
        } catch (SAXException | ParserConfigurationException e) {
            throw new IOException(source + ": not well-formed XML: " + e.getMessage(), e);
        }
        List<PetrarchRecord> records = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        NodeList sentences = xml.getElementsByTagName("Sentence");
        for (int i = 0; i < sentences.getLength(); i++) {
            Element s = (Element) sentences.item(i);
            String id = s.getAttribute("id").isEmpty() ? "sentence #" + (i + 1) : s.getAttribute("id");
            NodeList texts = s.getElementsByTagName("Text");
            String text = texts.getLength() == 0 ? "" : texts.item(0).getTextContent().strip().replaceAll("\\s+", " ");
            if (text.isEmpty()) {
                problems.add(source + ": " + id + ": no <Text>; skipped");
                continue;
            }
            List<PetrarchRecord.Coding> codings = new ArrayList<>();
            String error = "";
            boolean bad = false;
            NodeList codingNodes = s.getElementsByTagName("EventCoding");
            for (int c = 0; c < codingNodes.getLength(); c++) {
                Element coding = (Element) codingNodes.item(c);
                if (!coding.getAttribute("error").isEmpty()) {
                    error = coding.getAttribute("error");
                } else if (coding.getAttribute("noevents").equalsIgnoreCase("true")) {
                    continue;
                } else if (coding.getAttribute("eventcode").isBlank()) {
                    problems.add(source + ": " + id + ": an EventCoding has no eventcode; record skipped");
                    bad = true;
                } else {
                    codings.add(new PetrarchRecord.Coding(coding.getAttribute("sourcecode"),
                            coding.getAttribute("targetcode"), coding.getAttribute("eventcode").strip()));
                }
            }
            if (!bad) {
                NodeList parses = s.getElementsByTagName("Parse");
                String parse = parses.getLength() == 0 ? "" : parses.item(0).getTextContent().strip();
                records.add(new PetrarchRecord(id, s.getAttribute("category"), text, codings, error,
                        date(s.getAttribute("date")), parse));
            }
        }
        return new Records(records, problems);
    }
}
