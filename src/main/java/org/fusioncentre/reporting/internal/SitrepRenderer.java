package org.fusioncentre.reporting.internal;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.fusioncentre.geo.Geocoding;
import org.fusioncentre.reporting.SituationReport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Renders a situation report as one self-contained page: XHTML (so the PDF renderer reads the same
 * markup), every text escaped, the map and the trend chart drawn with Java2D and embedded as PNG.
 */
final class SitrepRenderer {
    private static final Map<String, Color> LEVEL_COLOURS = Map.of(
            "LOW", new Color(0xD9EAD3),
            "MODERATE", new Color(0xFFF2CC),
            "SUBSTANTIAL", new Color(0xF9CB9C),
            "SEVERE", new Color(0xE06666),
            "CRITICAL", new Color(0x990000));
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    private final Geocoding geocoding;
    private volatile List<District> districts;

    SitrepRenderer(Geocoding geocoding) {
        this.geocoding = geocoding;
    }

    /** A district's outline: rings of lon/lat points. */
    private record District(String pcode, List<double[][]> rings) {}

    String html(SituationReport report) {
        StringBuilder page = new StringBuilder(16_384);
        page.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/>")
                .append("<title>Situation report ")
                .append(escape(report.jurisdictionName()))
                .append(' ')
                .append(report.date())
                .append("</title><style>")
                .append("body{font-family:Helvetica,Arial,sans-serif;font-size:10pt;color:#222;margin:24px}")
                .append(
                        "h1{font-size:16pt;margin:0 0 4px}h2{font-size:12pt;margin:18px 0 6px;border-bottom:1px solid #999}")
                .append(
                        "table{border-collapse:collapse;width:100%}th,td{border:1px solid #bbb;padding:3px 5px;text-align:left;")
                .append("vertical-align:top}th{background:#eee}.meta{color:#555}.none{color:#777;font-style:italic}")
                .append("@page{size:A4;margin:14mm}")
                .append("</style></head><body>");
        page.append("<h1>Situation report: ")
                .append(escape(report.jurisdictionName()))
                .append(" (")
                .append(escape(report.jurisdictionPcode()))
                .append(")</h1>");
        page.append("<p class=\"meta\">For ")
                .append(report.date())
                .append(", prepared ")
                .append(STAMP.format(report.generatedAt().atOffset(ZoneOffset.UTC)))
                .append(" for ")
                .append(escape(report.preparedFor()))
                .append(". Incidents as fused from the reports this reader may see.</p>");

        page.append("<h2>Last 24 hours (").append(report.date()).append(")</h2>");
        incidents(page, report.lastDay());
        page.append("<h2>Last 7 days (")
                .append(report.date().minusDays(6))
                .append(" to ")
                .append(report.date())
                .append(")</h2>");
        page.append("<p>")
                .append(report.lastWeek().size())
                .append(" incidents, ")
                .append(report.lastWeek().stream()
                        .mapToLong(SituationReport.IncidentLine::killed)
                        .sum())
                .append(" killed, ")
                .append(report.lastWeek().stream()
                        .mapToLong(SituationReport.IncidentLine::injured)
                        .sum())
                .append(" injured.</p>");
        page.append(
                        "<p><img alt=\"Map of the jurisdiction's districts by threat level, with the week's incidents\" src=\"data:image/png;base64,")
                .append(png(map(report)))
                .append("\" width=\"520\"/></p>");
        incidents(page, report.lastWeek());
        page.append("<h2>Trend: incidents per day, last 30 days</h2>");
        page.append("<p><img alt=\"Incidents per day over the last 30 days\" src=\"data:image/png;base64,")
                .append(png(trend(report)))
                .append("\" width=\"520\"/></p>");

        page.append("<h2>Threat level changes over the week</h2>");
        if (report.levelChanges().isEmpty()) {
            page.append("<p class=\"none\">No level changed since ")
                    .append(report.date().minusDays(7))
                    .append(".</p>");
        } else {
            page.append("<table><tr><th>Unit</th><th>From</th><th>To</th></tr>");
            for (SituationReport.LevelChange change : report.levelChanges()) {
                page.append("<tr><td>")
                        .append(escape(change.unitName()))
                        .append(" (")
                        .append(escape(change.unitPcode()))
                        .append(")</td><td>")
                        .append(escape(change.from()))
                        .append("</td><td>")
                        .append(escape(change.to()))
                        .append("</td></tr>");
            }
            page.append("</table>");
        }

        page.append("<h2>Directives overdue</h2>");
        directives(page, report.overdue());
        page.append("<h2>Directives due within 7 days</h2>");
        directives(page, report.due());
        page.append("</body></html>\n");
        return page.toString();
    }

    private static void incidents(StringBuilder page, List<SituationReport.IncidentLine> incidents) {
        if (incidents.isEmpty()) {
            page.append("<p class=\"none\">No incidents.</p>");
            return;
        }
        page.append("<table><tr><th>Date</th><th>Place</th><th>Type</th><th>Killed</th><th>Injured</th>")
                .append("<th>Claimed / attributed</th><th>Sources</th></tr>");
        for (SituationReport.IncidentLine incident : incidents) {
            page.append("<tr><td>")
                    .append(incident.date())
                    .append("</td><td>")
                    .append(escape(incident.place()))
                    .append(incident.districtPcode() == null ? "" : " (" + escape(incident.districtPcode()) + ")")
                    .append("</td><td>")
                    .append(escape(incident.eventType().toLowerCase(Locale.ROOT).replace('_', ' ')))
                    .append("</td><td>")
                    .append(incident.killed())
                    .append("</td><td>")
                    .append(incident.injured())
                    .append("</td><td>")
                    .append(incident.perpetrator() == null ? "" : escape(incident.perpetrator()))
                    .append("</td><td>")
                    .append(incident.sources())
                    .append("</td></tr>");
        }
        page.append("</table>");
    }

    private static void directives(StringBuilder page, List<SituationReport.DirectiveLine> directives) {
        if (directives.isEmpty()) {
            page.append("<p class=\"none\">None.</p>");
            return;
        }
        page.append("<table><tr><th>Due</th><th>Directive</th><th>Committee</th><th>Status</th><th>Progress</th></tr>");
        for (SituationReport.DirectiveLine directive : directives) {
            page.append("<tr><td>")
                    .append(directive.dueDate())
                    .append("</td><td>")
                    .append(escape(directive.title()))
                    .append("</td><td>")
                    .append(escape(directive.committee()))
                    .append("</td><td>")
                    .append(escape(directive.status()))
                    .append("</td><td>")
                    .append(Math.round(directive.progress() * 100))
                    .append(" %</td></tr>");
        }
        page.append("</table>");
    }

    /** Text for XHTML: markup characters and quotes escaped, control characters dropped. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        escaped.appendCodePoint(c);
                    }
                }
            }
        });
        return escaped.toString();
    }

    static {
        // the renderer logs every step at INFO on its own handlers; failures still throw
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
    }

    byte[] pdf(SituationReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html(report), null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("the PDF could not be written", e);
        }
        return out.toByteArray();
    }

    // --- drawings ------------------------------------------------------------------------------

    private List<District> districts() {
        List<District> loaded = districts;
        if (loaded == null) {
            loaded = new ArrayList<>();
            JsonNode features = JsonMapper.builder()
                    .build()
                    .readTree(geocoding.districtsGeoJson())
                    .get("features");
            for (JsonNode feature : features) {
                JsonNode pcode = feature.get("properties").get("pcode");
                JsonNode geometry = feature.get("geometry");
                if (pcode == null || pcode.isNull() || geometry == null || geometry.isNull()) {
                    continue;
                }
                List<double[][]> rings = new ArrayList<>();
                JsonNode coordinates = geometry.get("coordinates");
                if (geometry.get("type").asString().equals("Polygon")) {
                    rings(coordinates, rings);
                } else {
                    for (JsonNode polygon : coordinates) {
                        rings(polygon, rings);
                    }
                }
                loaded.add(new District(pcode.asString(), rings));
            }
            districts = loaded;
        }
        return loaded;
    }

    private static void rings(JsonNode polygon, List<double[][]> into) {
        for (JsonNode ring : polygon) {
            double[][] points = new double[ring.size()][];
            for (int i = 0; i < ring.size(); i++) {
                points[i] = new double[] {
                    ring.get(i).get(0).asDouble(), ring.get(i).get(1).asDouble()
                };
            }
            into.add(points);
        }
    }

    /** The jurisdiction's districts filled by threat level, with the week's located incidents as dots. */
    private BufferedImage map(SituationReport report) {
        int width = 1040;
        int height = 720;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas(image);
        List<District> shown = districts().stream()
                .filter(district -> district.pcode().startsWith(report.jurisdictionPcode()))
                .toList();
        double minLon = Double.MAX_VALUE;
        double maxLon = -Double.MAX_VALUE;
        double minLat = Double.MAX_VALUE;
        double maxLat = -Double.MAX_VALUE;
        for (District district : shown) {
            for (double[][] ring : district.rings()) {
                for (double[] point : ring) {
                    minLon = Math.min(minLon, point[0]);
                    maxLon = Math.max(maxLon, point[0]);
                    minLat = Math.min(minLat, point[1]);
                    maxLat = Math.max(maxLat, point[1]);
                }
            }
        }
        if (shown.isEmpty()) {
            g.setColor(Color.DARK_GRAY);
            g.drawString("No district outline for " + report.jurisdictionPcode(), 20, 40);
            g.dispose();
            return image;
        }
        double cos = Math.cos(Math.toRadians((minLat + maxLat) / 2));
        int legend = 150;
        double scale = Math.min((width - legend - 40) / ((maxLon - minLon) * cos), (height - 40) / (maxLat - minLat));
        double left = 20;
        double top = 20;
        final double west = minLon;
        final double north = maxLat;
        java.util.function.DoubleUnaryOperator x = lon -> left + (lon - west) * cos * scale;
        java.util.function.DoubleUnaryOperator y = lat -> top + (north - lat) * scale;
        for (District district : shown) {
            Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
            for (double[][] ring : district.rings()) {
                for (int i = 0; i < ring.length; i++) {
                    double px = x.applyAsDouble(ring[i][0]);
                    double py = y.applyAsDouble(ring[i][1]);
                    if (i == 0) {
                        path.moveTo(px, py);
                    } else {
                        path.lineTo(px, py);
                    }
                }
                path.closePath();
            }
            String level = report.levels().get(district.pcode());
            g.setColor(level == null ? new Color(0xF3F3F3) : LEVEL_COLOURS.getOrDefault(level, Color.LIGHT_GRAY));
            g.fill(path);
            g.setColor(new Color(0x777777));
            g.setStroke(new BasicStroke(1f));
            g.draw(path);
        }
        g.setColor(new Color(0x1F4E9D));
        for (SituationReport.IncidentLine incident : report.lastWeek()) {
            if (incident.lat() != null && incident.lon() != null) {
                double px = x.applyAsDouble(incident.lon());
                double py = y.applyAsDouble(incident.lat());
                int radius = 5 + (int) Math.min(8, Math.sqrt(incident.killed()) * 2);
                g.fillOval((int) px - radius, (int) py - radius, 2 * radius, 2 * radius);
            }
        }
        int lx = width - legend;
        int ly = 30;
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 18));
        for (String level : List.of("LOW", "MODERATE", "SUBSTANTIAL", "SEVERE", "CRITICAL")) {
            g.setColor(LEVEL_COLOURS.get(level));
            g.fillRect(lx, ly, 22, 22);
            g.setColor(Color.DARK_GRAY);
            g.drawRect(lx, ly, 22, 22);
            g.drawString(level.charAt(0) + level.substring(1).toLowerCase(Locale.ROOT), lx + 30, ly + 18);
            ly += 32;
        }
        g.setColor(new Color(0x1F4E9D));
        g.fillOval(lx + 5, ly + 4, 12, 12);
        g.setColor(Color.DARK_GRAY);
        g.drawString("incident", lx + 30, ly + 18);
        g.dispose();
        return image;
    }

    /** Incidents per day as bars, with the largest count and the first and last day labelled. */
    private static BufferedImage trend(SituationReport report) {
        int width = 1040;
        int height = 300;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas(image);
        List<Integer> counts = report.dailyCounts();
        int max = Math.max(1, counts.stream().mapToInt(Integer::intValue).max().orElse(1));
        int left = 60;
        int bottom = height - 40;
        int plotHeight = bottom - 20;
        double bar = (width - left - 20) / (double) Math.max(1, counts.size());
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 18));
        g.setColor(Color.DARK_GRAY);
        g.drawLine(left, bottom, width - 20, bottom);
        g.drawLine(left, bottom, left, 20);
        g.drawString(String.valueOf(max), 10, 30);
        g.drawString("0", 30, bottom);
        for (int i = 0; i < counts.size(); i++) {
            int h = (int) Math.round(counts.get(i) / (double) max * plotHeight);
            g.setColor(i >= counts.size() - 7 ? new Color(0x1F4E9D) : new Color(0x9FB7DD));
            g.fillRect((int) (left + i * bar + 2), bottom - h, (int) Math.max(1, bar - 4), h);
        }
        g.setColor(Color.DARK_GRAY);
        g.drawString(report.date().minusDays(counts.size() - 1L).toString(), left, height - 10);
        String last = report.date().toString();
        g.drawString(last, width - 20 - g.getFontMetrics().stringWidth(last), height - 10);
        g.dispose();
        return image;
    }

    private static Graphics2D canvas(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        return g;
    }

    private static String png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Base64.getEncoder().encodeToString(out.toByteArray());
    }
}
