package io.github.ucwakit.schema;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Bad descriptors too large to commit, written into a folder at run time, each with the exact diagnostics (files
 * relative to the folder) the loader must report for it.
 */
enum GeneratedCases {

    /** A descriptor of 10 MiB: refused from its size alone, before it is read. */
    TEN_MEBIBYTES(List.of("huge.yaml:1:1: descriptor is 10485760 bytes; the limit is 1048576")) {
        @Override
        void writeInto(Path folder) throws IOException {
            writeDescriptorOfSize(folder.resolve("huge.yaml"), 10 * 1024 * 1024);
        }
    },

    /** One byte over the limit. */
    ONE_BYTE_OVER_THE_LIMIT(List.of("big.json:1:1: descriptor is 1048577 bytes; the limit is 1048576")) {
        @Override
        void writeInto(Path folder) throws IOException {
            writeDescriptorOfSize(folder.resolve("big.json"), 1024 * 1024 + 1);
        }
    },

    /** 10,000 nested YAML flow lists: the 101st level is reported where it opens. */
    TEN_THOUSAND_LEVELS_OF_YAML(List.of("deep.yaml:2:113: " + Messages.TOO_DEEP)) {
        @Override
        void writeInto(Path folder) throws IOException {
            Files.writeString(folder.resolve("deep.yaml"),
                    "resource: deep\ndescription: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n");
        }
    },

    /** 10,000 nested JSON arrays. */
    TEN_THOUSAND_LEVELS_OF_JSON(List.of("deep.json:1:135: " + Messages.TOO_DEEP)) {
        @Override
        void writeInto(Path folder) throws IOException {
            Files.writeString(folder.resolve("deep.json"),
                    "{\"resource\": \"deep\", \"properties\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}");
        }
    },

    /** 1,000 nested YAML block mappings, each indented one space more, in about 500 KB. */
    THOUSAND_LEVELS_OF_YAML_BLOCKS(List.of("blocks.yaml:102:101: " + Messages.TOO_DEEP)) {
        @Override
        void writeInto(Path folder) throws IOException {
            StringBuilder text = new StringBuilder("resource: deep\ndescription:\n");
            for (int level = 1; level <= 1_000; level++) {
                text.append(" ".repeat(level)).append("a:\n");
            }
            Files.writeString(folder.resolve("blocks.yaml"), text);
        }
    };

    private final List<String> expected;

    GeneratedCases(List<String> expected) {
        this.expected = expected;
    }

    /** Writes the case's descriptors into an empty folder. */
    abstract void writeInto(Path folder) throws IOException;

    List<String> expected() {
        return expected;
    }

    /** A well-formed resource descriptor of exactly {@code size} bytes: a resource, then comment lines. */
    private static void writeDescriptorOfSize(Path file, long size) throws IOException {
        byte[] head = (file.toString().endsWith(".json") ? "{\"resource\": \"big\"}\n" : "resource: big\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] padding = (file.toString().endsWith(".json") ? " " : "#").repeat(8191).concat("\n")
                .getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(head);
            long left = size - head.length;
            while (left > 0) {
                int length = (int) Math.min(left, padding.length);
                out.write(padding, padding.length - length, length);
                left -= length;
            }
        }
    }

    private static final class Messages {
        static final String TOO_DEEP =
                "mappings and lists nested more than 100 levels deep; a descriptor needs at most 5";
    }
}
