package org.parley.eval.tempeval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.parley.model.Span;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads TimeML 1.2 files (TempEval-3's TimeBank and AQUAINT, {@code .tml}) into
 * {@link TimeMlDocument}s.
 *
 * <p>The text is the character content of {@code <TEXT>}; TIMEX3 offsets are counted in it while
 * the tags are stripped. The document creation time is the TIMEX3 with
 * {@code functionInDocument="CREATION_TIME"} (normally inside {@code <DCT>}); a TIMEX3 with that
 * function inside the text is left out of the gold, as TempEval-3 does.
 *
 * <p>Stateless and thread-safe.
 */
public final class TimeMlReader {

    /** A file that is not readable TimeML, named with the reason. */
    public static final class TimeMlException extends RuntimeException {
        TimeMlException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Reads one file. @throws TimeMlException naming the file and the problem */
    public TimeMlDocument read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.getFileName().toString());
        } catch (IOException e) {
            throw new TimeMlException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Reads one document; {@code name} is used in the result and in error messages. */
    public TimeMlDocument read(InputStream in, String name) {
        Document xml;
        try {
            xml = builder().parse(in);
        } catch (SAXException | IOException e) {
            throw new TimeMlException(name + ": not well-formed XML: " + e.getMessage(), e);
        }
        LocalDate dct = creationTime(xml, name);
        NodeList texts = xml.getElementsByTagName("TEXT");
        if (texts.getLength() != 1) {
            throw new TimeMlException(name + ": expected one <TEXT>, found " + texts.getLength(), null);
        }
        StringBuilder text = new StringBuilder();
        List<GoldTimex> timexes = new ArrayList<>();
        collect(texts.item(0), text, timexes);
        return new TimeMlDocument(name, text.toString(), dct, timexes);
    }

    private static void collect(Node node, StringBuilder text, List<GoldTimex> timexes) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            switch (child.getNodeType()) {
                case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> text.append(child.getNodeValue());
                case Node.ELEMENT_NODE -> {
                    int begin = text.length();
                    collect(child, text, timexes);
                    Element e = (Element) child;
                    if (e.getTagName().equals("TIMEX3")
                            && !"CREATION_TIME".equals(e.getAttribute("functionInDocument"))) {
                        timexes.add(new GoldTimex(e.getAttribute("tid"), new Span(begin, text.length()),
                                e.getAttribute("type"), e.getAttribute("value")));
                    }
                }
                default -> {
                    // comments and processing instructions carry no text
                }
            }
        }
    }

    private static LocalDate creationTime(Document xml, String name) {
        NodeList all = xml.getElementsByTagName("TIMEX3");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if ("CREATION_TIME".equals(e.getAttribute("functionInDocument"))) {
                String value = e.getAttribute("value");
                try {
                    // "1998-08-07" or "1998-08-07T06:18:00": the date is what the scorer needs.
                    return LocalDate.parse(value.length() >= 10 ? value.substring(0, 10) : value);
                } catch (DateTimeParseException ex) {
                    throw new TimeMlException(name + ": creation time is not a date: " + value, ex);
                }
            }
        }
        throw new TimeMlException(name + ": no TIMEX3 with functionInDocument=\"CREATION_TIME\"", null);
    }

    private static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler()); // errors are thrown with the file name, not printed to stderr
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no usable XML parser", e);
        }
    }
}
