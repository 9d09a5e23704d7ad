package io.github.ucwakit.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ucwakit.conformance.PageSample;
import io.github.ucwakit.conformance.ResourcePageSamples;
import io.github.ucwakit.conformance.SampleCollector;
import io.github.ucwakit.generator.naming.CatalogPlan;
import io.github.ucwakit.generator.naming.NamingPlan;
import io.github.ucwakit.generator.naming.NamingPlanner;
import io.github.ucwakit.generator.naming.OperationPlan;
import io.github.ucwakit.runtime.HttpMethod;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.PayloadFormat;
import io.github.ucwakit.runtime.UcwaDateTime;
import io.github.ucwakit.runtime.UcwaResource;
import io.github.ucwakit.runtime.codec.UcwaCodec;
import io.github.ucwakit.runtime.operations.OperationDescription;
import io.github.ucwakit.runtime.operations.UcwaRequest;
import io.github.ucwakit.schema.load.DescriptorLoader;
import io.github.ucwakit.schema.model.ApiModel;
import io.github.ucwakit.schema.model.Property;
import io.github.ucwakit.schema.model.Resource;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.diff.DefaultNodeMatcher;
import org.xmlunit.diff.Diff;
import org.xmlunit.diff.ElementSelectors;
import org.xml.sax.InputSource;

/**
 * Every PUT request sample of the reference pages (resource pages and task pages alike, found by their request line
 * {@code PUT <url> HTTP/1.1}) is what the generated PUT operation sends: the sample's body is read into the class the
 * operation sends, {@code put(...)} builds the request to the sample's URL with its {@code If-Match}, and the body
 * it writes equals the sample (JSON as trees, XML with XMLUnit). Which resource a sample holds is its body's rel, or
 * its page's resource for a body without one. The JSON writer writes a date in UCWA's JSON form, {@code /Date(ms)/},
 * whatever form it was read in; a sample that spells one otherwise is compared with its date properties as the
 * instants they name, and the run names it.
 */
class PutSamplesTest {

    private static final Pattern REQUEST_LINE = Pattern.compile("(?i)^\\s*PUT\\s+(\\S+)\\s+HTTP/1\\.1\\s*$");
    private static final Pattern HEADER = Pattern.compile("^\\s*([A-Za-z-]+)\\s*:\\s*(.*?)\\s*$");
    private static final Pattern XML_ROOT_REL = Pattern.compile("^(?:<\\?xml[^>]*>\\s*)?<\\w+[^>]*\\srel=\"([^\"]+)\"");
    private static final Pattern XML_REL = Pattern.compile("<property name=\"rel\">([^<]+)</property>");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final UcwaCodec codec = UcwaCodec.create();
    private final List<String> datesAsInstants = new ArrayList<>();

    @Test
    void everyPutSampleOfTheReferenceIsTheBodyPutWrites() throws Exception {
        ApiModel model = new DescriptorLoader().load(List.of(ApiFolders.DESCRIPTORS)).orThrow();
        NamingPlan plan = new NamingPlanner().plan(model, "io.github.ucwakit.api");
        List<PutSample> samples = samples(ApiFolders.reference());
        assertThat(samples).as("PUT samples in %s", ApiFolders.reference()).isNotEmpty();
        List<String> checked = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (PutSample sample : samples) {
            try {
                check(model, plan, sample);
                checked.add(sample.toString());
            } catch (AssertionError | RuntimeException e) {
                failures.add(sample + ": " + e.getMessage());
            }
        }
        System.out.printf("PUT samples checked: %d of %d (%s); JSON dates compared as instants in %s%n",
                checked.size(), samples.size(), String.join(", ", checked), datesAsInstants);
        assertThat(failures).as("PUT samples whose body put(...) does not write").isEmpty();
    }

    private void check(ApiModel model, NamingPlan plan, PutSample sample) throws Exception {
        String rel = sample.rel().or(() -> pageResource(model, sample.page())).orElseThrow(() ->
                new AssertionError("neither a rel in the body nor a descriptor of the page"));
        OperationDescription<?, ?> put = putOperation(plan, rel);
        assertThat(put.sendsResource()).as("%s sends the resource", put).isTrue();

        UcwaRequest request = put(put, sample);

        assertThat(request.method()).isEqualTo(HttpMethod.PUT);
        assertThat(request.href()).isEqualTo(sample.url());
        assertThat(request.ifMatch()).isEqualTo(sample.header("If-Match"));
        assertThat(request.contentType()).contains(UcwaRequest.mediaType(sample.format()));
        assertSameBody(model, rel, sample.format(), sample.body(), request.bodyAsString().orElseThrow(),
                sample.toString());
    }

    /**
     * A GET-change-PUT of every GET response sample of the pages that show a PUT: the response is read, sent back with
     * {@code put(...)}, and the body is the response without its embedded resources (the rule the PUT samples
     * follow), everything else as it was read, links included.
     */
    @Test
    void aResourceReadFromAGetResponseIsSentBackWithoutItsEmbeddedResources() throws Exception {
        ApiModel model = new DescriptorLoader().load(List.of(ApiFolders.DESCRIPTORS)).orThrow();
        NamingPlan plan = new NamingPlanner().plan(model, "io.github.ucwakit.api");
        List<String> putPages = samples(ApiFolders.reference()).stream().map(PutSample::page).distinct().toList();
        List<String> checked = new ArrayList<>();
        int embedded = 0;
        for (ResourcePageSamples page : new SampleCollector().collect(ApiFolders.reference())) {
            if (!putPages.contains(page.page())) {
                continue;
            }
            for (PageSample get : page.samples()) {
                if (get.role() != PageSample.Role.RESPONSE || !"GET".equals(get.method()) || get.body() == null) {
                    continue;
                }
                String where = page.page() + ":" + get.line() + " (" + get.format() + ")";
                String rel = relOf(get.format(), get.body()).or(() -> pageResource(model, page.page()))
                        .orElseThrow(() -> new AssertionError(where + ": no rel"));
                OperationDescription<?, ?> put = putOperation(plan, rel);
                String body = put(put, get.format(), get.body(), Link.of("self", "/put/" + rel), null)
                        .bodyAsString().orElseThrow();
                String expected = withoutEmbedded(get.format(), get.body());
                embedded += expected.equals(get.body()) ? 0 : 1;
                assertSameBody(model, rel, get.format(), expected, body, where);
                checked.add(where);
            }
        }
        assertThat(checked).isNotEmpty();
        assertThat(embedded).as("GET responses with embedded resources among them").isPositive();
        System.out.printf("GET-change-PUT: %d GET responses sent back (%d with embedded resources left out): %s%n",
                checked.size(), embedded, checked);
    }

    /** The body {@code put(...)} wrote equals {@code expected}: JSON as trees (dates as instants), XML similar. */
    private void assertSameBody(ApiModel model, String rel, PayloadFormat format, String expected, String body,
            String where) throws IOException {
        if (format == PayloadFormat.JSON) {
            JsonNode wanted = JSON.readTree(expected);
            JsonNode written = JSON.readTree(body);
            if (!written.equals(wanted)) {
                // A date is written in UCWA's JSON form, /Date(ms)/, whatever form it was read in: compare the
                // properties the descriptor types as dates by the instant they name, everything else as it is.
                List<String> dates = dateProperties(model, rel);
                assertThat(instants(written, dates)).as("%s: the JSON body put writes, dates as instants", where)
                        .isEqualTo(instants(wanted, dates));
                datesAsInstants.add(where);
            }
        } else {
            Diff diff = DiffBuilder.compare(expected).withTest(body).ignoreWhitespace().ignoreComments()
                    .withNodeMatcher(new DefaultNodeMatcher(ElementSelectors.byNameAndAttributes("rel", "name"),
                            ElementSelectors.byName))
                    .checkForSimilar().build();
            assertThat(diff.hasDifferences()).as("%s: the XML body put writes differs: %s%n%s", where, diff, body)
                    .isFalse();
        }
    }

    /** The document without its embedded resources: the JSON root's {@code _embedded}, the XML root's resources. */
    private static String withoutEmbedded(PayloadFormat format, String body) throws Exception {
        if (format == PayloadFormat.JSON) {
            ObjectNode root = (ObjectNode) JSON.readTree(body);
            return root.has("_embedded") ? root.without("_embedded").toString() : body;
        }
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(body)));
        Element root = document.getDocumentElement();
        List<Node> nested = new ArrayList<>();
        for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && element.getLocalName().equals("resource")) {
                nested.add(child);
            }
        }
        if (nested.isEmpty()) {
            return body;
        }
        nested.forEach(root::removeChild);
        StringWriter out = new StringWriter();
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(document), new StreamResult(out));
        return out.toString();
    }

    /** The properties of the resource its descriptor types {@code date} or {@code list<date>}. */
    private static List<String> dateProperties(ApiModel model, String rel) {
        return model.resources().stream().filter(r -> r.name().equals(rel)).flatMap(r -> r.properties().stream())
                .filter(p -> p.type().spelling().equals("date") || p.type().spelling().equals("list<date>"))
                .map(Property::name).toList();
    }

    /** The JSON object with each of the named date properties replaced by the epoch milliseconds it names. */
    private static JsonNode instants(JsonNode document, List<String> dates) {
        ObjectNode copy = document.deepCopy();
        for (String name : dates) {
            JsonNode value = copy.get(name);
            if (value != null && value.isTextual()) {
                copy.put(name, UcwaDateTime.parse(value.asText()).toInstant().toEpochMilli());
            } else if (value != null && value.isArray()) {
                ArrayNode millis = copy.putArray(name);
                value.forEach(v -> millis.add(UcwaDateTime.parse(v.asText()).toInstant().toEpochMilli()));
            }
        }
        return copy;
    }

    /** Reads the sample's body into the class the operation sends and builds the PUT of it. */
    private UcwaRequest put(OperationDescription<?, ?> operation, PutSample sample) {
        return put(operation, sample.format(), sample.body(), Link.of("self", sample.url()),
                sample.header("If-Match").orElse(null));
    }

    /** Reads a body into the class the operation sends and builds the PUT of it to {@code target}. */
    private <B> UcwaRequest put(OperationDescription<B, ?> operation, PayloadFormat format, String body, Link target,
            String etag) {
        B resource = operation.bodyType().cast(codec.read(body, format,
                operation.bodyType().asSubclass(UcwaResource.class)));
        return operation.put(target, resource, etag, format, codec);
    }

    /** The generated PUT operation of the resource, found through the naming plan. */
    private static OperationDescription<?, ?> putOperation(NamingPlan plan, String rel)
            throws ReflectiveOperationException {
        CatalogPlan catalog = plan.catalogs().stream().filter(c -> c.resource().name().equals(rel)).findFirst()
                .orElseThrow(() -> new AssertionError("no descriptor describes " + rel));
        OperationPlan operation = catalog.operations().stream()
                .filter(o -> o.operation().method().equals("PUT")).findFirst()
                .orElseThrow(() -> new AssertionError(rel + " has no PUT operation"));
        Object constant = Class.forName(catalog.operationsClass().canonicalName())
                .getField(operation.constant()).get(null);
        return (OperationDescription<?, ?>) constant;
    }

    /** The resource of a resource page ({@code X_ref.md}), from the descriptor imported from it. */
    private static Optional<String> pageResource(ApiModel model, String page) {
        if (!page.endsWith("_ref.md")) {
            return Optional.empty();
        }
        String descriptor = page.substring(0, page.length() - "_ref.md".length()) + ".yaml";
        return model.resources().stream().filter(r -> r.sourceFile().equals(descriptor)).map(Resource::name)
                .findFirst();
    }

    /** Every PUT request sample of the folder's pages, in page and line order. */
    static List<PutSample> samples(Path folder) throws IOException {
        List<Path> pages;
        try (Stream<Path> files = Files.list(folder)) {
            pages = files.filter(f -> f.getFileName().toString().endsWith(".md")).sorted().toList();
        }
        List<PutSample> samples = new ArrayList<>();
        for (Path page : pages) {
            List<String> lines = Files.readAllLines(page);
            for (int i = 0; i < lines.size(); i++) {
                Matcher request = REQUEST_LINE.matcher(lines.get(i));
                if (request.matches()) {
                    samples.add(sample(page.getFileName().toString(), i + 1, request.group(1), lines, i + 1));
                }
            }
        }
        return samples;
    }

    /** The sample whose request line is at {@code line}: its headers, then its body up to the code fence. */
    private static PutSample sample(String page, int line, String url, List<String> lines, int from) {
        List<String[]> headers = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        for (int i = from; i < lines.size() && !lines.get(i).strip().startsWith("```"); i++) {
            String text = decode(lines.get(i));
            if (body.length() == 0 && !text.strip().startsWith("{") && !text.strip().startsWith("<")) {
                Matcher header = HEADER.matcher(text);
                if (header.matches()) {
                    headers.add(new String[] {header.group(1), header.group(2)});
                }
            } else {
                body.append(text).append('\n');
            }
        }
        String text = body.toString().strip();
        if (text.isEmpty()) {
            throw new AssertionError(page + ":" + line + ": a PUT sample without a body");
        }
        PayloadFormat format = text.startsWith("<") ? PayloadFormat.XML : PayloadFormat.JSON;
        return new PutSample(page, line, url, List.copyOf(headers), format, text);
    }

    /** The text of a page line as the sample means it: the HTML entities the pages escape samples with, decoded. */
    private static String decode(String line) {
        return line.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    /** A PUT request sample: where it is, its URL, headers, format and body. */
    record PutSample(String page, int line, String url, List<String[]> headers, PayloadFormat format, String body) {

        Optional<String> header(String name) {
            return headers.stream().filter(h -> h[0].equalsIgnoreCase(name)).map(h -> h[1]).findFirst();
        }

        /** The rel the body names ({@link PutSamplesTest#relOf}). */
        Optional<String> rel() {
            return relOf(format, body);
        }

        @Override
        public String toString() {
            return page + ":" + line + " (" + format.name().toLowerCase(Locale.ROOT) + ")";
        }
    }

    /**
     * The rel a body names: the JSON root's {@code "rel"}, or the XML root's {@code rel} attribute or its echo
     * {@code <property name="rel">}.
     */
    static Optional<String> relOf(PayloadFormat format, String body) {
        if (format == PayloadFormat.JSON) {
            try {
                JsonNode rel = JSON.readTree(body).get("rel");
                return rel != null && rel.isTextual() ? Optional.of(rel.asText()) : Optional.empty();
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
        Matcher root = XML_ROOT_REL.matcher(body);
        Matcher echo = XML_REL.matcher(body);
        return root.find() ? Optional.of(root.group(1))
                : echo.find() ? Optional.of(echo.group(1)) : Optional.empty();
    }
}
