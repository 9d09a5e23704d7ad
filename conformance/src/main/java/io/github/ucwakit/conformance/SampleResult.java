package io.github.ucwakit.conformance;

/**
 * A sample and what the suite found: no classification and no outcome when the sample shows no body.
 */
public record SampleResult(PageSample sample, Classification classification, Outcome outcome) {

    public boolean hasBody() {
        return classification != null;
    }

    public boolean is(Status status) {
        return outcome != null && outcome.status() == status;
    }

    public boolean is(BodyKind kind) {
        return classification != null && classification.kind() == kind;
    }
}
