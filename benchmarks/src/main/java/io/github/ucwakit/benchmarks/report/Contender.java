package io.github.ucwakit.benchmarks.report;

import java.util.Locale;

/**
 * Who a benchmark measures, from its method name ({@code readGenerated}, {@code writeStax}, ...): the operation
 * and the implementation, and from its class name ({@code ConversationJsonBenchmark}) the payload and format.
 *
 * @param payload for example {@code conversation}
 * @param format {@code JSON} or {@code XML}
 * @param operation {@code read} or {@code write}
 * @param implementation {@code generated}, {@code databind}, {@code streaming}, {@code tree}, {@code jaxb} or
 *     {@code stax}
 */
public record Contender(String payload, String format, String operation, String implementation) {

    /** The implementation measured against the baselines. */
    public static final String OURS = "generated";

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

    /** Whether this is the generated binding. */
    public boolean isOurs() {
        return implementation.equals(OURS);
    }

    /** How the tables name the implementation. */
    public String label() {
        return switch (implementation) {
            case OURS -> "generated binding";
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
