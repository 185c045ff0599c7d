package org.parley.ingest;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of an element with its block structure kept: each block (paragraph, heading, list
 * item, quote, …) becomes a paragraph separated from the next by one blank line; {@code <br>}
 * becomes a line break inside a paragraph; whitespace inside a paragraph is collapsed except in
 * {@code <pre>}. Later stages find sentence and paragraph boundaries in this text.
 */
final class BlockText {

    private static final Set<String> BLOCKS = Set.of(
            "address", "article", "aside", "blockquote", "caption", "center", "dd", "details", "dialog",
            "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
            "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre",
            "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul");

    private static final char PARAGRAPH = '\u2029';

    private BlockText() {
    }

    static String of(Element root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    out.append(insidePre(text) ? text.getWholeText() : collapse(text.getWholeText()));
                } else if (node instanceof Element element) {
                    String tag = element.normalName();
                    if (tag.equals("br")) {
                        out.append('\n');
                    } else if (tag.equals("td") || tag.equals("th")) {
                        out.append(' ');
                    } else if (BLOCKS.contains(tag)) {
                        out.append(PARAGRAPH);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                    out.append(PARAGRAPH);
                }
            }
        }, root);
        return tidy(out);
    }

    private static boolean insidePre(TextNode text) {
        for (Node n = text.parent(); n != null; n = n.parent()) {
            if (n instanceof Element e && e.normalName().equals("pre")) {
                return true;
            }
        }
        return false;
    }

    private static String collapse(String s) {
        return s.replaceAll("[\\s\\u00A0]+", " ");
    }

    /** Trims every line, drops empty lines and paragraphs, joins paragraphs with a blank line. */
    private static String tidy(CharSequence raw) {
        StringBuilder text = new StringBuilder(raw.length());
        for (String paragraph : raw.toString().split(String.valueOf(PARAGRAPH))) {
            StringBuilder kept = new StringBuilder();
            for (String line : paragraph.split("\n")) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty()) {
                    if (kept.length() > 0) {
                        kept.append('\n');
                    }
                    kept.append(trimmed);
                }
            }
            if (kept.length() > 0) {
                if (text.length() > 0) {
                    text.append("\n\n");
                }
                text.append(kept);
            }
        }
        return text.toString();
    }
}
