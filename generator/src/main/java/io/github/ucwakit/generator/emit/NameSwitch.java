package io.github.ucwakit.generator.emit;

import com.palantir.javapoet.CodeBlock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@code switch (reader.name())} with arrow cases whose default returns {@code false}: the member is not the
 * binding's. A wire name already handled keeps its first case, so that descriptors naming a member twice still
 * give code that compiles.
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

    /** The switch; with no case, {@code return false;} alone. */
    CodeBlock build() {
        if (cases.isEmpty()) {
            return CodeBlock.of("return false;\n");
        }
        CodeBlock.Builder code = CodeBlock.builder().beginControlFlow("switch (reader.name())");
        cases.forEach((name, statement) -> code.add("case $S ->$W$L;\n", name, statement));
        return code.beginControlFlow("default ->").addStatement("return false").endControlFlow()
                .endControlFlow().build();
    }

    /**
     * The body of a {@code readX} method: members of a JSON array go to {@code inArray}, the others (all of XML's)
     * to {@code single}; {@code true} once one is read.
     */
    static CodeBlock byArray(NameSwitch inArray, NameSwitch single) {
        CodeBlock.Builder code = CodeBlock.builder();
        if (inArray.isEmpty()) {
            code.beginControlFlow("if (reader.inArray())").addStatement("return false").endControlFlow()
                    .add(single.build());
        } else {
            code.beginControlFlow("if (reader.inArray())").add(inArray.build()).nextControlFlow("else")
                    .add(single.build()).endControlFlow();
        }
        return code.addStatement("return true").build();
    }
}
