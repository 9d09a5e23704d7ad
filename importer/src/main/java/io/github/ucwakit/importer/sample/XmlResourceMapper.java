package io.github.ucwakit.importer.sample;

import io.github.ucwakit.importer.report.DiagnosticSink;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Maps a UCWA XML element ({@code <resource>} or {@code <input>}) to a {@link SampleResource}: {@code <link>},
 * {@code <property>}, {@code <propertyList>} and nested {@code <resource>} children. A nested resource's key is
 * its {@code rel} attribute; its rel is its {@code <property name="rel">} when it has one.
 */
public final class XmlResourceMapper {

    private final SampleText sample;
    private final DiagnosticSink sink;

    public XmlResourceMapper(SampleText sample, DiagnosticSink sink) {
        this.sample = sample;
        this.sink = sink;
    }

    /** Whether an element is one this mapper reads. */
    public static boolean isResource(Element element) {
        String name = element.getLocalName();
        return "resource".equals(name) || "input".equals(name);
    }

    public SampleResource map(Element element) {
        String key = element.hasAttribute("rel") ? element.getAttribute("rel") : null;
        String rel = key;
        List<PropertyUse> properties = new ArrayList<>();
        Map<String, List<String>> links = new LinkedHashMap<>();
        Map<String, List<SampleResource>> embedded = new LinkedHashMap<>();
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element child)) {
                continue;
            }
            String name = child.getAttribute("name");
            switch (child.getLocalName()) {
                case "link" -> links.computeIfAbsent(child.getAttribute("rel"), r -> new ArrayList<>())
                        .add(SpacedValueRepair.repair(child.getAttribute("href"), sample, sink));
                case "property" -> {
                    if (name.equals("rel")) {
                        rel = child.getTextContent().strip();
                    } else {
                        properties.add(property(name, false, List.of(child)));
                    }
                }
                case "propertyList" -> properties.add(property(name, true, items(child)));
                case "resource" -> {
                    SampleResource nested = map(child);
                    embedded.computeIfAbsent(child.getAttribute("rel"), k -> new ArrayList<>()).add(nested);
                }
                default -> {
                    // other elements carry nothing a descriptor describes
                }
            }
        }
        List<LinkUse> linkUses = new ArrayList<>();
        links.forEach((r, hrefs) -> linkUses.add(new LinkUse(r, cardinality(hrefs.size()), hrefs, sample.pageFile(),
                sample.lineOf("rel=\"" + r + "\""))));
        List<EmbeddedUse> embeddedUses = new ArrayList<>();
        embedded.forEach((k, resources) -> embeddedUses.add(new EmbeddedUse(k, cardinality(resources.size()), resources)));
        return new SampleResource(rel, SampleFormat.XML, sample.pageFile(),
                sample.lineOf(key == null ? "<" + element.getLocalName() : "rel=\"" + key + "\""),
                properties, linkUses, embeddedUses);
    }

    private static Cardinality cardinality(int count) {
        return count > 1 ? Cardinality.REPEATED : Cardinality.UNKNOWN;
    }

    private static List<Element> items(Element list) {
        List<Element> items = new ArrayList<>();
        for (Node n = list.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element item && "item".equals(item.getLocalName())) {
                items.add(item);
            }
        }
        return items;
    }

    private PropertyUse property(String name, boolean list, List<Element> elements) {
        List<Scalar> values = new ArrayList<>();
        for (Element e : elements) {
            values.add(new Scalar(Scalar.Kind.TEXT, SpacedValueRepair.repair(e.getTextContent(), sample, sink)));
        }
        return new PropertyUse(name, list, values, SampleFormat.XML, sample.pageFile(),
                sample.lineOf("name=\"" + name + "\""));
    }
}
