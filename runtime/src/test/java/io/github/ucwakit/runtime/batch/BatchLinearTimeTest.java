package io.github.ucwakit.runtime.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ucwakit.runtime.HttpMethod;
import io.github.ucwakit.runtime.operations.UcwaRequest;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A batch is read in time proportional to its size, whatever it holds: for each shape that would make a naive
 * boundary search or line reader quadratic, an 8 MB batch is written (where it is a batch the writer produces) and
 * parsed in under 2 seconds of the thread's CPU time. A generous bound against a quadratic blow-up, not a
 * measurement.
 */
class BatchLinearTimeTest {

    private static final int SIZE = 8 * 1024 * 1024;
    private static final long BOUND_NANOS = 2_000_000_000L;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final String BOUNDARY = "77f2569d-c005-442b-b856-782305305e5f";
    private static final String TYPE = "multipart/batching;boundary=" + BOUNDARY;
    private static int run;

    /** Shapes of large batches. */
    enum Shape {
        /** 1000 POSTs (the default part limit) whose bodies are lines that begin like the boundary. */
        MANY_PARTS_OF_NEAR_DELIMITERS(size -> {
            List<UcwaRequest> requests = new ArrayList<>();
            String line = "--" + BOUNDARY.substring(0, BOUNDARY.length() - 1) + "x\r\n";
            byte[] body = line.repeat(size / 1000 / line.length()).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 1000; i++) {
                requests.add(UcwaRequest.builder(HttpMethod.POST, "/ucwa/v1/applications/1/x/" + i)
                        .body(body, "application/json").build());
            }
            MultipartBody written = BatchRequest.of("h", requests).write();
            return new Input(written.bytes(), written.contentType(), true);
        }),
        /** One response whose body is one line feed after another. */
        ONE_PART_OF_EMPTY_LINES(size -> response("\n".repeat(size))),
        /** One response whose body is one line with no line feed. */
        ONE_LONG_LINE(size -> response("x".repeat(size))),
        /** A line that is the delimiter followed by megabytes of padding, then a character that makes it text. */
        DELIMITER_WITH_LONG_PADDING(size -> response("--" + BOUNDARY + " ".repeat(size) + "x\n")),
        /** Lines that are the boundary followed by two dashes and text: close delimiters but for their end. */
        NEAR_CLOSE_DELIMITERS(size -> response(("--" + BOUNDARY + "--x\n").repeat(size / (BOUNDARY.length() + 6)))),
        /** The most parts allowed, each with the most header lines allowed. */
        MANY_HEADERS(size -> {
            StringBuilder body = new StringBuilder();
            String part = "--" + BOUNDARY + "\r\nContent-Type: application/http; msgtype=response\r\n\r\n"
                    + "HTTP/1.1 200 OK\r\n" + ("X-Header: " + "v".repeat(60) + "\r\n").repeat(98) + "\r\n\r\n";
            for (int i = 0; i < 1000 && body.length() < size; i++) {
                body.append(part);
            }
            body.append("--").append(BOUNDARY).append("--\r\n");
            return new Input(body.toString().getBytes(StandardCharsets.US_ASCII), TYPE, false);
        });

        private final IntFunction<Input> build;

        Shape(IntFunction<Input> build) {
            this.build = build;
        }

        private static Input response(String content) {
            String body = "--" + BOUNDARY + "\r\nContent-Type: application/http; msgtype=response\r\n\r\n"
                    + "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\n" + content + "\r\n--" + BOUNDARY + "--\r\n";
            return new Input(body.getBytes(StandardCharsets.US_ASCII), TYPE, false);
        }
    }

    private record Input(byte[] body, String contentType, boolean request) {

        int parse() {
            return request ? BatchRequest.parse(body, contentType).requests().size()
                    : BatchResponse.parse(body, contentType).parts().size();
        }
    }

    @AfterAll
    static void report() {
        System.out.printf(Locale.ROOT, "batch linear-time cases: %d (about 8 MB each, bound 2 s)%n", run);
    }

    @ParameterizedTest
    @EnumSource(Shape.class)
    void readsEightMegabytesInUnderTwoSeconds(Shape shape) {
        Input small = shape.build.apply(SIZE / 16);
        for (int i = 0; i < 3; i++) {
            small.parse();
        }
        Input input = shape.build.apply(SIZE);
        assertThat(input.body().length).isGreaterThan(SIZE / 2);

        long before = THREADS.getCurrentThreadCpuTime();
        int parts = input.parse();
        long took = THREADS.getCurrentThreadCpuTime() - before;

        assertThat(parts).isPositive();
        System.out.printf(Locale.ROOT, "batch linear time: %s, %,d bytes, %d parts read in %,d ms of CPU%n", shape,
                input.body().length, parts, took / 1_000_000);
        assertThat(took).as("CPU time reading %s", shape).isLessThan(BOUND_NANOS);
        run++;
    }
}
