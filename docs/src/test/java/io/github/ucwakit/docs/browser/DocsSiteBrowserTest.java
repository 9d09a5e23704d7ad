package io.github.ucwakit.docs.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ucwakit.docs.DocsGenerator;
import io.github.ucwakit.docs.DocsOptions;
import io.github.ucwakit.schema.load.DescriptorLoader;
import io.github.ucwakit.schema.model.ApiModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The HTML reference of the whole API ({@code ucwa-api}'s descriptors), opened in a real browser: navigation
 * across pages, the search box, the Java names on the pages, and the layout at 1280 pixels (no horizontal overflow,
 * no element over another), and the guide "Signing in and the event channel" with its inline SVG diagram (rendered,
 * unscaled at 1280 pixels, no text of it over another in the browser's own font). Screenshots of three pages and of
 * the whole diagram are left in {@code target/browser-screenshots}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocsSiteBrowserTest {

    private static final Path TARGET = Path.of(System.getProperty("ucwakit.docs.target", "target"));

    private Path site;
    private ChromeDriver browser;

    @BeforeAll
    void generateTheSiteAndStartTheBrowser() throws Exception {
        Path descriptors = Path.of(System.getProperty("ucwakit.docs.browserDescriptors", "../ucwa-api/src/main/ucwa"));
        if (!Files.isDirectory(descriptors)) {
            throw new IllegalStateException("no descriptors at " + descriptors.toAbsolutePath()
                    + " (system property ucwakit.docs.browserDescriptors)");
        }
        ApiModel model = new DescriptorLoader().load(List.of(descriptors)).orThrow();
        Path output = TARGET.resolve("browser-site");
        new DocsGenerator().generate(model, DocsOptions.of(output).withJavaPackage("com.example.ucwa"));
        site = output.resolve("html").toAbsolutePath();
        browser = Chromium.start(TARGET.resolve("browser-profile"));
    }

    @AfterAll
    void stopTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private void open(String file) {
        browser.get(site.resolve(file).toUri().toString());
    }

    private String heading() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    @Test
    void theIndexLeadsToEveryPageAndLinksLeadAcrossPages() {
        open("index.html");
        List<WebElement> sidebar = browser.findElements(By.cssSelector("nav.sidebar a"));
        long pages;
        try (var files = Files.list(site)) {
            pages = files.filter(f -> f.toString().endsWith(".html")).count();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        assertThat(sidebar).hasSize((int) pages - 1);

        browser.findElement(By.linkText("conversation")).click();
        assertThat(heading()).isEqualTo("conversation");
        assertThat(browser.findElement(By.cssSelector("nav.sidebar a[aria-current='page']")).getText())
                .isEqualTo("conversation");

        browser.findElement(By.cssSelector("#properties ~ .table-wrap a[href$='.html']")).click();
        assertThat(heading()).isEqualTo("ConversationModalityType");
        assertThat(browser.findElement(By.id("members"))).isNotNull();

        browser.findElement(By.cssSelector("header a.site-title")).click();
        assertThat(browser.getCurrentUrl()).endsWith("/index.html");
    }

    @Test
    void aResourcePageNamesTheJavaClassAndWhatToCallBesideEachMember() {
        open("index.html");
        browser.findElement(By.linkText("conversation")).click();
        String text = browser.findElement(By.tagName("main")).getText();
        assertThat(text).contains("Java: class com.example.ucwa.Conversation, read and written by"
                + " ConversationBinding.");
        assertThat(row("properties", "participantCount")).contains("participantCount()");
        assertThat(row("links", "participants")).contains("participantsLink()");
        assertThat(row("events", "added")).contains("ConversationEvents.ADDED");
        assertThat(text).contains("Java: ConversationOperations.GET");
    }

    private String row(String section, String first) {
        return browser.findElements(By.cssSelector("#" + section + " + .table-wrap tbody tr")).stream()
                .map(WebElement::getText)
                .filter(t -> t.startsWith(first + " "))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + first + " under #" + section));
    }

    @Test
    void theSearchFindsPropertiesLinksEnumerationsAndValues() {
        open("index.html");
        WebElement search = browser.findElement(By.id("search"));
        WebElement results = browser.findElement(By.id("search-results"));
        assertThat(results.isDisplayed()).isFalse();

        search.sendKeys("InLobby");
        assertThat(results.isDisplayed()).isTrue();
        assertThat(results.findElements(By.tagName("li")).get(0).getText())
                .isEqualTo("InLobby\nvalue of ConversationState · ConversationState.IN_LOBBY");

        search.clear();
        search.sendKeys("participantCount");
        assertThat(results.findElements(By.tagName("a")).get(0).getText()).isEqualTo("participantCount");
        search.sendKeys(Keys.ENTER);
        assertThat(browser.getCurrentUrl()).endsWith("#properties");

        WebElement again = browser.findElement(By.id("search"));
        again.sendKeys("ConversationState");
        List<WebElement> found = browser.findElements(By.cssSelector("#search-results a"));
        assertThat(found.get(0).getText()).isEqualTo("ConversationState");
        found.get(0).click();
        assertThat(heading()).isEqualTo("ConversationState");

        browser.findElement(By.id("search")).sendKeys("zzzzqqq");
        assertThat(browser.findElement(By.id("search-results")).getText()).isEqualTo("Nothing found");
    }

    @Test
    void pagesFitAt1280PixelsWithNothingOverAnotherAndNamesBreakingBetweenWords() throws IOException {
        for (String page : List.of("index.html", "conversation.html", "startOrRefreshSubscriptionToContactsAndGroups.html",
                "ConversationState.html", "communication.html", "applications.html")) {
            open(page);
            Map<?, ?> layout = (Map<?, ?>) browser.executeScript(LAYOUT);
            assertThat(layout.get("overflow")).as(page + " overflows horizontally").isEqualTo(List.of());
            assertThat(layout.get("overlaps")).as(page + " has elements over others").isEqualTo(List.of());
            assertThat(layout.get("breaks")).as(page + " breaks names inside words").isEqualTo(List.of());
        }
        Path shots = Files.createDirectories(TARGET.resolve("browser-screenshots"));
        open("index.html");
        Files.write(shots.resolve("index.png"), browser.getScreenshotAs(OutputType.BYTES));
        open("conversation.html");
        Files.write(shots.resolve("conversation.png"), browser.getScreenshotAs(OutputType.BYTES));
        assertThat(Files.size(shots.resolve("conversation.png"))).isGreaterThan(10_000);
    }

    @Test
    void theSignInGuideIsReachedFromEveryPageAndItsDiagramRendersWithNothingOverAnother() throws IOException {
        open("conversation.html");
        browser.findElement(By.cssSelector("nav.sidebar a[href='sign-in-and-events.html']")).click();
        assertThat(heading()).isEqualTo("Signing in and the event channel");
        assertThat(browser.findElement(By.cssSelector("nav.sidebar a[aria-current='page']")).getText())
                .isEqualTo("Signing in and the event channel");
        open("index.html");
        browser.findElement(By.cssSelector("main a[href='sign-in-and-events.html']")).click();
        assertThat(heading()).isEqualTo("Signing in and the event channel");

        WebElement svg = browser.findElement(By.cssSelector("main figure.diagram svg"));
        assertThat(svg.getSize().getWidth()).as("rendered width").isGreaterThan(0);
        assertThat(svg.getSize().getHeight()).as("rendered height").isGreaterThan(0);
        assertThat(svg.getAttribute("role")).isEqualTo("img");
        assertThat(browser.findElement(By.cssSelector("main figure.diagram figcaption")).getText())
                .startsWith("Figure: the sign-in");

        Map<?, ?> layout = (Map<?, ?>) browser.executeScript(LAYOUT);
        assertThat(layout.get("overflow")).as("the guide overflows horizontally").isEqualTo(List.of());
        assertThat(layout.get("overlaps")).as("the guide has elements over others").isEqualTo(List.of());
        Map<?, ?> drawing = (Map<?, ?>) browser.executeScript(DRAWING);
        assertThat(((Number) drawing.get("scale")).doubleValue()).as("drawn at its own size, not shrunk to fit")
                .isEqualTo(1.0);
        assertThat(((Number) drawing.get("texts")).intValue()).as("texts drawn").isGreaterThan(50);
        assertThat(drawing.get("overlaps")).as("texts of the diagram over one another").isEqualTo(List.of());
        assertThat(drawing.get("outside")).as("texts outside the drawing").isEqualTo(List.of());
        assertThat(drawing.get("tooLong")).as("texts longer than the layout measured").isEqualTo(List.of());

        Path shots = Files.createDirectories(TARGET.resolve("browser-screenshots"));
        Path shot = shots.resolve("sign-in-and-events.png");
        Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));
        assertThat(Files.size(shot)).isGreaterThan(10_000);
        Path whole = shots.resolve("sign-in-and-events-diagram.png");
        Dimension window = browser.manage().window().getSize();
        try {
            // A screenshot holds what the window shows: make it tall enough for the whole diagram.
            browser.manage().window().setSize(new Dimension(Chromium.WIDTH, svg.getSize().getHeight() + 600));
            Files.write(whole, svg.getScreenshotAs(OutputType.BYTES));
        } finally {
            browser.manage().window().setSize(window);
        }
        assertThat(Files.size(whole)).isGreaterThan(10_000);
    }

    /**
     * Measures the guide's diagram as the browser drew it, in its own font: how much it was scaled, every text's box
     * ({@code getBBox}) against every other's and against the drawing, and the drawn length of each label and guard
     * against the width the layout measured for it (its background, the rectangle just before it, less the padding
     * on either side).
     */
    private static final String DRAWING = """
            const svg = document.querySelector('main figure.diagram svg');
            const scale = Math.round(svg.getBoundingClientRect().width / svg.width.baseVal.value * 1000) / 1000;
            const texts = Array.from(svg.querySelectorAll('text'));
            const boxes = texts.map(t => t.getBBox());
            const overlaps = [], outside = [], tooLong = [];
            const over = (a, b) => a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5
                && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;
            const view = svg.viewBox.baseVal;
            for (let i = 0; i < texts.length; i++) {
              const a = boxes[i];
              if (a.x < 0 || a.y < 0 || a.x + a.width > view.width || a.y + a.height > view.height)
                outside.push(texts[i].textContent);
              for (let j = i + 1; j < texts.length; j++)
                if (over(a, boxes[j])) overlaps.push(texts[i].textContent + ' / ' + texts[j].textContent);
              const background = texts[i].previousElementSibling;
              const pad = background ? texts[i].x.baseVal[0].value - background.x.baseVal.value : 0;
              if (background && background.getAttribute('class') === 'text-background'
                  && texts[i].getComputedTextLength() > background.width.baseVal.value - 2 * pad + 0.5)
                tooLong.push(texts[i].textContent + ' ' + texts[i].getComputedTextLength());
            }
            return {scale: scale, texts: texts.length, overlaps: overlaps, outside: outside, tooLong: tooLong};
            """;

    /**
     * Collects layout faults: elements wider than their box (the page, code blocks, tables, sidebar entries);
     * header, sidebar and main, and the blocks of main and the entries of the sidebar, overlapping the next one;
     * and names (sidebar entries, headings, code) that wrap where their style would break inside a word.
     */
    private static final String LAYOUT = """
            const overflow = [], overlaps = [], breaks = [];
            const root = document.documentElement;
            if (root.scrollWidth > root.clientWidth) overflow.push('page ' + root.scrollWidth);
            document.querySelectorAll('pre, .table-wrap, nav.sidebar li, h1, main > p, figure, .diagram-scroll').forEach(e => {
              if (e.scrollWidth > e.clientWidth + 1) overflow.push(e.tagName + ' ' + e.textContent.slice(0, 40));
            });
            const box = e => e.getBoundingClientRect();
            const over = (a, b) => a.left < b.right - 0.5 && b.left < a.right - 0.5
                && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
            const pairs = (list, name) => {
              for (let i = 0; i + 1 < list.length; i++) {
                const a = box(list[i]), b = box(list[i + 1]);
                if (a.width && b.width && over(a, b)) overlaps.push(name + ' ' + i);
              }
            };
            const header = document.querySelector('header'), side = document.querySelector('nav.sidebar'),
                  main = document.querySelector('main');
            if (over(box(header), box(side)) || over(box(header), box(main)) || over(box(side), box(main)))
              overlaps.push('header/sidebar/main');
            pairs(Array.from(main.children).filter(e => e.tagName !== 'SCRIPT'), 'main');
            pairs(Array.from(side.querySelectorAll('li')), 'sidebar');
            document.querySelectorAll('nav.sidebar a, h1, td code').forEach(e => {
              const style = getComputedStyle(e);
              if (style.overflowWrap === 'anywhere' || style.wordBreak === 'break-all')
                breaks.push(e.tagName + ' ' + e.textContent);
            });
            return {overflow: overflow, overlaps: overlaps, breaks: breaks};
            """;
}
