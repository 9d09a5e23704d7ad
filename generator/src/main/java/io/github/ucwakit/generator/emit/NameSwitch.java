package io.github.ucwakit.generator.emit;

import com.palantir.javapoet.CodeBlock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@code switch (reader.name())} with arrow cases and a fallback. A wire name already handled keeps its first
 * case, so that descriptors naming a member twice still give code that compiles; with no case at all only the
 * fallback is emitted.
 */
final class NameSwitch {

    private final Map<String, CodeBlock> cases = new LinkedHashMap<>();

    /** Adds {@code case "name" -> statement;} unless {@code name} already has a case. */
    NameSwitch add(String name, CodeBlock statement) {
        cases.putIfAbsent(name, statement);
        return this;
    }

    /** Whether no name has a case. */
    boolean isEmpty() {
        return cases.isEmpty();
    }

    /** The switch, falling back to {@code fallback} (a statement without its semicolon). */
    CodeBlock build(CodeBlock fallback) {
        if (cases.isEmpty()) {
            return CodeBlock.of("$L;\n", fallback);
        }
        CodeBlock.Builder code = CodeBlock.builder().beginControlFlow("switch (reader.name())");
        cases.forEach((name, statement) -> code.add("case $S ->$W$L;\n", name, statement));
        return code.add("default -> $L;\n", fallback).endControlFlow().build();
    }
}
