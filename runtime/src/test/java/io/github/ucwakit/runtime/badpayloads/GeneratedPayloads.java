package io.github.ucwakit.runtime.badpayloads;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The bad payloads too large to commit, made while they are read: a head, a unit repeated many times, a tail. A 50 MB
 * string is never held in memory by the test, so what the reader takes shows in its own memory only.
 */
final class GeneratedPayloads {

    private static final String XML_HEAD = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n";
    private static final String XML_ROOT = "<resource rel=\"conversation\" href=\"/conversations/137\" "
            + "xmlns=\"http://schemas.microsoft.com/rtc/2012/03/ucwa\">\n";
    private static final int FIFTY_MB = 50_000_000;
    private static final int DEEP = 10_000;

    private static final Map<String, Shape> SHAPES = shapes();

    private GeneratedPayloads() {}

    /** The names of the generated payloads, sorted. */
    static List<String> names() {
        return List.copyOf(SHAPES.keySet());
    }

    /** A stream of the payload, made as it is read. */
    static InputStream open(String name) {
        Shape shape = SHAPES.get(name);
        if (shape == null) {
            throw new IllegalArgumentException("no generated payload " + name);
        }
        return shape.open();
    }

    private static Map<String, Shape> shapes() {
        Map<String, Shape> shapes = new TreeMap<>();
        shapes.put("json-50mb-string", new Shape("{\"rel\":\"conversation\",\"subject\":\"", "x", FIFTY_MB, "\"}"));
        shapes.put("json-10000-deep-array", new Shape("{\"rel\":\"conversation\",\"futureList\":", "[", DEEP,
                "]".repeat(DEEP) + "}"));
        shapes.put("json-10000-deep-object", new Shape("{\"rel\":\"conversation\",\"futureObject\":", "{\"a\":", DEEP,
                "1" + "}".repeat(DEEP + 1)));
        shapes.put("json-10000-deep-embedded", new Shape("{\"rel\":\"conversation\",", "\"_embedded\":{\"x\":{",
                DEEP, "}}".repeat(DEEP) + "}"));
        shapes.put("json-60000-character-name", new Shape("{\"rel\":\"conversation\",\"", "k", 60_000, "\":1}"));
        shapes.put("xml-50mb-text", new Shape(XML_HEAD + XML_ROOT + "  <property name=\"subject\">", "x", FIFTY_MB,
                "</property>\n</resource>\n"));
        shapes.put("xml-10000-deep", new Shape(XML_HEAD + XML_ROOT, "<resource rel=\"futureThing\">\n", DEEP,
                "</resource>\n".repeat(DEEP + 1)));
        shapes.put("xml-billion-laughs", new Shape(XML_HEAD + "<!DOCTYPE resource [\n  <!ENTITY lol0 \"lol\">\n",
                "", 0, laughs() + "]>\n" + XML_ROOT + "  <property name=\"subject\">&lol9;</property>\n</resource>\n"));
        shapes.put("xml-quadratic-blowup", new Shape(XML_HEAD + "<!DOCTYPE resource [<!ENTITY a \"", "a", 100_000,
                "\">]>\n" + XML_ROOT + "  <property name=\"subject\">" + "&a;".repeat(10_000)
                        + "</property>\n</resource>\n"));
        return Collections.unmodifiableMap(shapes);
    }

    /** Nine entities, each ten references to the one before: lol9 would expand to 10^9 times "lol". */
    private static String laughs() {
        StringBuilder entities = new StringBuilder();
        for (int level = 1; level <= 9; level++) {
            entities.append("  <!ENTITY lol").append(level).append(" \"")
                    .append(("&lol" + (level - 1) + ";").repeat(10)).append("\">\n");
        }
        return entities.toString();
    }

    /** A head, {@code count} copies of a unit, a tail. */
    private record Shape(String head, String unit, int count, String tail) {

        InputStream open() {
            return new SequenceInputStream(Collections.enumeration(List.of(bytes(head),
                    new Repeating(unit.getBytes(StandardCharsets.UTF_8), count), bytes(tail))));
        }

        private static InputStream bytes(String text) {
            return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** {@code count} copies of a unit, made as they are read, copied from a block of whole units. */
    private static final class Repeating extends InputStream {

        private static final int BLOCK = 64 * 1024;

        private final byte[] block;
        private final long length;
        private long position;

        Repeating(byte[] unit, int count) {
            this.length = (long) unit.length * count;
            int units = unit.length == 0 ? 0 : Math.max(1, BLOCK / unit.length);
            this.block = new byte[unit.length * units];
            for (int i = 0; i < units; i++) {
                System.arraycopy(unit, 0, block, i * unit.length, unit.length);
            }
        }

        @Override
        public int read() {
            return position < length ? block[(int) (position++ % block.length)] & 0xff : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int size) {
            if (position >= length) {
                return -1;
            }
            int start = (int) (position % block.length);
            int n = (int) Math.min(Math.min(size, length - position), block.length - start);
            System.arraycopy(block, start, buffer, offset, n);
            position += n;
            return n;
        }
    }
}
