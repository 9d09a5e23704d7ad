package io.github.ucwakit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checker passes the generated sites and catches every kind of broken page. */
class HtmlSiteCheckerTest {

    @TempDir
    Path output;

    private final HtmlSiteChecker checker = new HtmlSiteChecker();

    @Test
    void theConversationSiteIsSound() throws IOException {
        Generated docs = Generated.of(DocsFixtures.conversationModel(), output);
        assertThat(checker.check(docs.folder(DocsFormat.HTML))).isEmpty();
    }

    @Test
    void theEdgeCaseSiteIsSound() throws IOException {
        Generated docs = Generated.of(EdgeCaseModel.model(), output);
        assertThat(checker.check(docs.folder(DocsFormat.HTML))).isEmpty();
    }

    @Test
    void aLinkToAMissingPageIsReported() throws IOException {
        Path site = brokenSite("<a href=\"participant.html\">participant</a>");
        assertThat(messages(site)).containsExactly("conversation.html: link to a missing file: participant.html");
    }

    @Test
    void aLinkToAMissingAnchorIsReported() throws IOException {
        Path site = brokenSite(
                "<a href=\"index.html#nowhere\">x</a><a href=\"#properties\">ok</a><a href=\"#gone\">y</a>");
        assertThat(messages(site)).containsExactly(
                "conversation.html: link to a missing anchor: index.html#nowhere",
                "conversation.html: link to a missing anchor: #gone");
    }

    @Test
    void aLinkOutOfTheSiteIsReported() throws IOException {
        Path site = brokenSite("<a href=\"../markdown/index.md\">x</a>");
        assertThat(messages(site)).containsExactly("conversation.html: link outside the site: ../markdown/index.md");
    }

    @Test
    void externalLinksAreNotFollowed() throws IOException {
        Path site = brokenSite("<a href=\"https://example.com/x.html\">x</a><a href=\"mailto:a@b.c\">m</a>");
        assertThat(checker.check(site)).isEmpty();
    }

    @Test
    void aMissingStylesheetIsReported() throws IOException {
        Generated docs = Generated.of(DocsFixtures.conversationModel(), output);
        Files.delete(docs.folder(DocsFormat.HTML).resolve("style.css"));
        assertThat(checker.check(docs.folder(DocsFormat.HTML)))
                .isNotEmpty()
                .allMatch(p -> p.message().equals("link to a missing file: style.css"));
    }

    @Test
    void aDuplicateIdIsReported() throws IOException {
        Path site = brokenSite("<p id=\"properties\">again</p>");
        assertThat(messages(site)).containsExactly("conversation.html: duplicate id properties");
    }

    @Test
    void markupThatIsNotXmlIsReported() throws IOException {
        Path site = brokenSite("<p>an unclosed <br> element</p>");
        List<SiteProblem> problems = checker.check(site);
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).message()).startsWith("not well-formed XML");
        assertThat(problems.get(0).line()).isPositive();
    }

    @Test
    void anExternalEntityIsNeverRead() throws IOException {
        Path secret = Files.writeString(output.resolve("secret.txt"), "TOP-SECRET");
        Path site = Files.createDirectories(output.resolve("evil"));
        Files.writeString(site.resolve("index.html"), "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE html [<!ENTITY leak SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><a href=\"&leak;.html\">x</a></body></html>\n");
        List<SiteProblem> problems = checker.check(site);
        assertThat(problems).isNotEmpty();
        assertThat(problems.toString()).doesNotContain("TOP-SECRET");
    }

    /** The conversation site with some markup added to the conversation page's main element. */
    private Path brokenSite(String markup) throws IOException {
        Generated docs = Generated.of(DocsFixtures.conversationModel(), output);
        Path page = docs.file(DocsFormat.HTML, "conversation");
        String html = Files.readString(page, StandardCharsets.UTF_8);
        assertThat(html).contains("</main>");
        Files.writeString(page, html.replace("</main>", markup + "</main>"), StandardCharsets.UTF_8);
        return docs.folder(DocsFormat.HTML);
    }

    private List<String> messages(Path site) throws IOException {
        return checker.check(site).stream().map(p -> p.file() + ": " + p.message()).toList();
    }
}
