package io.github.ucwakit.importer.sample;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.ucwakit.importer.page.NumberedLine;
import io.github.ucwakit.importer.report.DiagnosticSink;
import io.github.ucwakit.schema.SourceLocation;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Parses a JSON sample's payload, after joining string values broken over two lines. */
public final class JsonSampleReader {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final DiagnosticSink sink;

    public JsonSampleReader(DiagnosticSink sink) {
        this.sink = sink;
    }

    /** The payload's tree with the sample it was read from (lines repaired), or empty when unreadable. */
    public Optional<ParsedJson> parse(SampleText sample) {
        if (!sample.hasBody()) {
            return Optional.empty();
        }
        List<NumberedLine> lines = BrokenLineRepair.repair(sample.pageFile(), sample.body(), sink);
        SampleText repaired = new SampleText(
                sample.pageFile(), sample.line(), sample.role(), sample.format(), sample.status(), lines);
        String text = lines.stream().map(NumberedLine::text).collect(Collectors.joining("\n"));
        try {
            return Optional.of(new ParsedJson(repaired, MAPPER.readTree(text)));
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
            int pageLine = lines.get(Math.min(line, lines.size()) - 1).number();
            sink.warn(new SourceLocation(sample.pageFile(), pageLine, 1),
                    "JSON sample cannot be read: " + e.getOriginalMessage() + "; the sample is left out");
            return Optional.empty();
        }
    }

    /** A parsed JSON payload and the sample text it came from. */
    public record ParsedJson(SampleText sample, JsonNode root) {}
}
