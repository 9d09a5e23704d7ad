package io.github.ucwakit.docs;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Checks a static HTML site: every page must parse as XML (with DTDs and external entities off), ids must be
 * unique on their page, and every internal reference ({@code href} or {@code src} without a scheme) must name an
 * existing file of the site and, with a fragment, an id on that page.
 */
public final class HtmlSiteChecker {

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:|^//");
    private static final Set<String> REFERENCE_ATTRIBUTES = Set.of("href", "src");

    private final XMLInputFactory factory = SecureXml.inputFactory();

    /** The problems of the site under {@code siteDirectory}, by file then line; empty when it is sound. */
    public List<SiteProblem> check(Path siteDirectory) throws IOException {
        Path root = siteDirectory.toAbsolutePath().normalize();
        List<Path> pages;
        try (Stream<Path> files = Files.walk(root)) {
            pages = files.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
        Map<Path, ParsedPage> parsed = new HashMap<>();
        List<SiteProblem> problems = new ArrayList<>();
        for (Path page : pages) {
            parsed.put(page, parse(root, page, problems));
        }
        for (Path page : pages) {
            for (Reference reference : parsed.get(page).references()) {
                resolve(root, page, reference, parsed, problems);
            }
        }
        problems.sort((a, b) -> a.file().equals(b.file())
                ? Integer.compare(a.line(), b.line())
                : a.file().compareTo(b.file()));
        return problems;
    }

    private ParsedPage parse(Path root, Path page, List<SiteProblem> problems) throws IOException {
        Set<String> ids = new HashSet<>();
        List<Reference> references = new ArrayList<>();
        try (InputStream in = Files.newInputStream(page)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            try {
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                        int line = xml.getLocation().getLineNumber();
                        for (int i = 0; i < xml.getAttributeCount(); i++) {
                            String name = xml.getAttributeLocalName(i);
                            String value = xml.getAttributeValue(i);
                            if (name.equals("id") && !ids.add(value)) {
                                problems.add(new SiteProblem(root.relativize(page), line, "duplicate id " + value));
                            } else if (REFERENCE_ATTRIBUTES.contains(name) && !SCHEME.matcher(value).find()) {
                                references.add(new Reference(line, value));
                            }
                        }
                    }
                }
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            problems.add(new SiteProblem(root.relativize(page), line, "not well-formed XML: " + e.getMessage()));
        }
        return new ParsedPage(ids, references);
    }

    private static void resolve(
            Path root, Path page, Reference reference, Map<Path, ParsedPage> parsed, List<SiteProblem> problems) {
        String value = reference.value();
        int hash = value.indexOf('#');
        String path = decode(hash < 0 ? value : value.substring(0, hash));
        String fragment = hash < 0 ? null : decode(value.substring(hash + 1));
        Path target = path.isEmpty() ? page : page.getParent().resolve(path).normalize();
        Path relativePage = root.relativize(page);
        if (!target.startsWith(root)) {
            problems.add(new SiteProblem(relativePage, reference.line(), "link outside the site: " + value));
        } else if (!Files.isRegularFile(target)) {
            problems.add(new SiteProblem(relativePage, reference.line(), "link to a missing file: " + value));
        } else if (fragment != null && !fragment.isEmpty()) {
            ParsedPage targetPage = parsed.get(target);
            if (targetPage == null || !targetPage.ids().contains(fragment)) {
                problems.add(new SiteProblem(relativePage, reference.line(), "link to a missing anchor: " + value));
            }
        }
    }

    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private record Reference(int line, String value) {}

    private record ParsedPage(Set<String> ids, List<Reference> references) {}
}
