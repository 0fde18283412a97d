package org.fusioncentre.intake.reader;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Readable text of an HTML fragment: paragraphs and block elements become blank-line separated paragraphs. */
final class HtmlText {
    private static final Set<String> BLOCKS = Set.of(
            "p",
            "div",
            "section",
            "article",
            "header",
            "footer",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "li",
            "ul",
            "ol",
            "blockquote",
            "pre",
            "table",
            "tr",
            "figcaption",
            "main",
            "aside",
            "dd",
            "dt");
    private static final Set<String> SKIPPED =
            Set.of("script", "style", "noscript", "nav", "form", "button", "svg", "iframe", "template");

    private HtmlText() {}

    static String of(Element root) {
        StringBuilder out = new StringBuilder();
        append(root, out);
        return out.toString()
                .replace('\u00A0', ' ')
                .replaceAll("[ \\t\\x0B\\f\\r]+", " ")
                .replaceAll(" *\\n *", "\n")
                .replaceAll("\\n{3,}", "\n\n")
                .strip();
    }

    private static void append(Node node, StringBuilder out) {
        if (node instanceof TextNode text) {
            out.append(text.text());
            return;
        }
        if (node instanceof Element element) {
            String tag = element.normalName();
            if (SKIPPED.contains(tag)) {
                return;
            }
            boolean block = BLOCKS.contains(tag);
            if (block) {
                out.append("\n\n");
            }
            if (tag.equals("br")) {
                out.append('\n');
            }
            for (Node child : element.childNodes()) {
                append(child, out);
            }
            if (block) {
                out.append("\n\n");
            }
        }
    }
}
