package io.github.ucwakit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/** The HTML pages read as HTML and as XML, and carry the site's navigation. */
class HtmlLayoutTest {

    /** A start tag closed with {@code />}, other than the void elements HTML allows so. */
    private static final Pattern SELF_CLOSED_NON_VOID =
            Pattern.compile("<(?!(?:meta|link|br|hr|img|input|wbr)\\b)\\w+[^>]*/>");

    @TempDir
    Path output;

    private Generated docs;

    @BeforeEach
    void generate() throws IOException {
        docs = Generated.of(EdgeCaseModel.model(), output);
    }

    @Test
    void noNonVoidElementIsSelfClosed() throws IOException {
        for (Path page : htmlFiles()) {
            String html = Files.readString(page, StandardCharsets.UTF_8);
            assertThat(html)
                    .as(page.toString())
                    .startsWith("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"");
            String outsideExamples = html.replaceAll("(?s)<pre.*?</pre>", "");
            assertThat(SELF_CLOSED_NON_VOID.matcher(outsideExamples).results().map(m -> m.group()).toList())
                    .as(page.toString())
                    .isEmpty();
        }
    }

    @Test
    void everyPageListsEveryPageAndMarksItself() throws IOException {
        List<String> all = List.of("sign-in-and-events.html", "index-resource.html", "meeting.html", "participant.html", "Empty.html",
                "Mode.html", "Participant-enumeration.html");
        for (String stem : List.of("index", "meeting", "Mode")) {
            HtmlPage page = HtmlPage.read(docs.file(DocsFormat.HTML, stem));
            Element sidebar = page.element("nav");
            List<String> hrefs = new ArrayList<>();
            List<String> current = new ArrayList<>();
            var anchors = sidebar.getElementsByTagNameNS("*", "a");
            for (int i = 0; i < anchors.getLength(); i++) {
                Element a = (Element) anchors.item(i);
                hrefs.add(a.getAttribute("href"));
                if (a.getAttribute("aria-current").equals("page")) {
                    current.add(a.getAttribute("href"));
                }
            }
            assertThat(hrefs).containsExactlyElementsOf(all);
            assertThat(current).isEqualTo(stem.equals("index") ? List.of() : List.of(stem + ".html"));
            assertThat(HtmlPage.texts(page.element("header"), "a")).containsExactly("UCWA reference");
        }
    }

    @Test
    void theTableOfContentsLinksEverySection() throws IOException {
        HtmlPage meeting = HtmlPage.read(docs.file(DocsFormat.HTML, "meeting"));
        assertThat(meeting.links()).startsWith("#properties", "#links", "#embedded-resources", "#events",
                "#operations", "#example");
        assertThat(HtmlPage.texts(meeting.element("head"), "title")).containsExactly("meeting - UCWA reference");
    }

    private List<Path> htmlFiles() throws IOException {
        try (Stream<Path> files = Files.list(docs.folder(DocsFormat.HTML))) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
    }
}
