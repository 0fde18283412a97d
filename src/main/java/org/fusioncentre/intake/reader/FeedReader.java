package org.fusioncentre.intake.reader;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.fusioncentre.intake.IncomingReport;
import org.fusioncentre.intake.ReportFormat;
import org.jsoup.Jsoup;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom feeds: each item or entry is one report, its raw form the item's
 * XML. The feed's title names the source unless the import names one. Item text given as HTML
 * (descriptions usually are) is reduced to readable text. DTDs and external entities are refused.
 */
final class FeedReader implements ReportReader {
    private final ReaderSettings settings;

    FeedReader(ReaderSettings settings) {
        this.settings = requireNonNull(settings, "settings is null");
    }

    @Override
    public void read(ByteSource input, Consumer<ReadResult> sink) throws IOException {
        Optional<String> xml =
                WholeFile.read(input, Math.max(settings.maxRecordBytes(), 50L * 1024 * 1024), "feed", sink);
        if (xml.isEmpty()) {
            return;
        }
        Document document;
        try {
            document = parser().parse(new InputSource(new StringReader(xml.get())));
        } catch (SAXException e) {
            sink.accept(new ReadResult.Rejected(input.name(), "malformed XML: " + firstLine(e.getMessage())));
            return;
        }
        Element root = document.getDocumentElement();
        String rootName = localName(root);
        boolean atom = rootName.equals("feed");
        if (!atom && !rootName.equals("rss") && !rootName.equals("RDF")) {
            sink.accept(new ReadResult.Rejected(
                    input.name(), "not an RSS or Atom feed (root element <" + root.getNodeName() + ">)"));
            return;
        }
        Element channel = atom ? root : child(root, "channel");
        String source = settings.options().defaultSource();
        if (source == null && channel != null) {
            source = childText(channel, "title");
        }
        List<Element> items = descendants(root, atom ? "entry" : "item");
        int index = 0;
        for (Element item : items) {
            index++;
            String origin = input.name() + " [" + (atom ? "entry " : "item ") + index + "]";
            if (source == null) {
                sink.accept(new ReadResult.Rejected(
                        origin, "the feed has no title to name its source: import it with --source NAME"));
                continue;
            }
            try {
                sink.accept(new ReadResult.Parsed(atom ? entry(item, source) : item(item, source), origin));
            } catch (IllegalArgumentException e) {
                sink.accept(new ReadResult.Rejected(origin, e.getMessage()));
            }
        }
        if (items.isEmpty()) {
            sink.accept(new ReadResult.Rejected(input.name(), "the feed has no items"));
        }
    }

    private IncomingReport item(Element item, String source) {
        String link = childText(item, "link");
        String guid = childText(item, "guid");
        String body =
                Text.firstNonBlank(htmlText(childText(item, "encoded")), htmlText(childText(item, "description")));
        String published = Text.firstNonBlank(childText(item, "pubDate"), childText(item, "date"));
        return report(source, Text.firstNonBlank(guid, link), link, published, childText(item, "title"), body, item);
    }

    private IncomingReport entry(Element entry, String source) {
        String link = null;
        for (Element candidate : children(entry, "link")) {
            String rel = candidate.getAttribute("rel");
            if (rel.isEmpty() || rel.equals("alternate")) {
                link = Text.blankToNull(candidate.getAttribute("href"));
                break;
            }
        }
        String body = Text.firstNonBlank(htmlText(childText(entry, "content")), htmlText(childText(entry, "summary")));
        String published = Text.firstNonBlank(childText(entry, "published"), childText(entry, "updated"));
        return report(
                source,
                Text.firstNonBlank(childText(entry, "id"), link),
                link,
                published,
                htmlText(childText(entry, "title")),
                body,
                entry);
    }

    private IncomingReport report(
            String source,
            @Nullable String externalId,
            @Nullable String url,
            @Nullable String published,
            @Nullable String title,
            @Nullable String body,
            Element item) {
        if (body == null) {
            throw new IllegalArgumentException("the item has no text (no description or content)");
        }
        OffsetDateTime publishedAt;
        try {
            publishedAt = published == null ? null : Timestamps.parse(published, settings.zone());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("publication date: " + e.getMessage(), e);
        }
        return new IncomingReport(
                source,
                externalId,
                url,
                publishedAt,
                title,
                body,
                null,
                settings.options().defaultMarking(),
                List.of(),
                null,
                null,
                serialise(item),
                ReportFormat.FEED);
    }

    private static DocumentBuilder parser() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setNamespaceAware(true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the platform XML parser lacks secure processing", e);
        }
    }

    private static String serialise(Element item) {
        try {
            Transformer transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(item), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException("could not serialise a parsed feed item", e);
        }
    }

    private static @Nullable String htmlText(@Nullable String html) {
        if (html == null) {
            return null;
        }
        return Text.blankToNull(HtmlText.of(Jsoup.parseBodyFragment(html).body()));
    }

    private static String localName(Node node) {
        String name = node.getLocalName() != null ? node.getLocalName() : node.getNodeName();
        int colon = name.indexOf(':');
        return colon < 0 ? name : name.substring(colon + 1);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> result = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element && localName(element).equals(name)) {
                result.add(element);
            }
        }
        return result;
    }

    private static @Nullable Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.getFirst();
    }

    private static @Nullable String childText(Element parent, String name) {
        Element element = child(parent, name);
        return element == null ? null : Text.blankToNull(element.getTextContent());
    }

    private static List<Element> descendants(Element root, String name) {
        List<Element> result = new ArrayList<>();
        NodeList nodes = root.getElementsByTagNameNS("*", name);
        for (int i = 0; i < nodes.getLength(); i++) {
            result.add((Element) nodes.item(i));
        }
        return result;
    }

    private static String firstLine(@Nullable String message) {
        return message == null ? "unreadable" : message.lines().findFirst().orElse(message);
    }
}
