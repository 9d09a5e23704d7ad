package io.github.ucwakit.benchmarks.report;

import java.util.Locale;

/**
 * Who a benchmark measures, from its method name ({@code readGenerated}, {@code writeStax}, ...): the operation
 * and the implementation, and from its class name ({@code ConversationJsonBenchmark}) the payload and format.
 *
 * @param payload for example {@code conversation}
 * @param format {@code JSON} or {@code XML}
 * @param operation {@code read} or {@code write}
 * @param implementation ucwakit's {@code generated} (a generated binding through {@code UcwaCodec}) or
 *     {@code generic} ({@code UcwaCodec} reading a {@code GenericResource}, where no binding applies), or a
 *     baseline: {@code databind}, {@code streaming}, {@code tree}, {@code jaxb} or {@code stax}
 */
public record Contender(String payload, String format, String operation, String implementation) {

    /** ucwakit through a generated binding. */
    public static final String GENERATED = "generated";

    /** ucwakit reading and writing a {@code GenericResource}. */
    public static final String GENERIC = "generic";

    /** Parses {@code package.PayloadFormatBenchmark.operationImplementation}. */
    public static Contender of(String benchmark) {
        String[] parts = benchmark.split("\\.");
        if (parts.length < 2) {
            throw new IllegalArgumentException("not a benchmark name: " + benchmark);
        }
        String type = parts[parts.length - 2].replaceFirst("Benchmark$", "");
        String method = parts[parts.length - 1];
        int formatAt = Math.max(type.lastIndexOf("Json"), type.lastIndexOf("Xml"));
        int implementationAt = firstUpperCase(method);
        if (formatAt <= 0 || implementationAt <= 0) {
            throw new IllegalArgumentException("not a PayloadFormatBenchmark.operationImplementation name: "
                    + benchmark);
        }
        return new Contender(
                Character.toLowerCase(type.charAt(0)) + type.substring(1, formatAt),
                type.substring(formatAt).toUpperCase(Locale.ROOT),
                method.substring(0, implementationAt),
                method.substring(implementationAt).toLowerCase(Locale.ROOT));
    }

    /** Whether this measures ucwakit rather than a baseline. */
    public boolean isOurs() {
        return implementation.equals(GENERATED) || implementation.equals(GENERIC);
    }

    /** The same payload, format and operation done by another implementation. */
    public Contender with(String otherImplementation) {
        return new Contender(payload, format, operation, otherImplementation);
    }

    /** The benchmark in words, for example "conversation JSON read, hand-written StAX". */
    public String describe() {
        return payload + " " + format + " " + operation + ", " + label();
    }

    /** How the tables name the implementation. */
    public String label() {
        return switch (implementation) {
            case GENERATED -> "ucwakit generated binding";
            case GENERIC -> "ucwakit GenericResource";
            case "databind" -> "Jackson databind POJO";
            case "streaming" -> "hand-written Jackson streaming";
            case "tree" -> "readTree + field access";
            case "jaxb" -> "plain JAXB envelope";
            case "stax" -> "hand-written StAX";
            default -> implementation;
        };
    }

    private static int firstUpperCase(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isUpperCase(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
