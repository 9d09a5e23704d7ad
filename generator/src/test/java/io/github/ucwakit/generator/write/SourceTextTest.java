package io.github.ucwakit.generator.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SourceTextTest {

    /** The rule as a regular expression, the way the renderer once applied it: the oracle of the one-pass scan. */
    private static final Pattern FIELD_AFTER_FIELD = Pattern.compile(
            "(?m)^( +private [\\w.<>, ?]+ \\w+(?: = [^;\\n]*)?;)\n\n(?= +private [\\w.<>, ?]+ \\w+(?: = [^;\\n]*)?;$)");

    @Test
    void keepsConsecutivePrivateFieldsTogetherAndEveryOtherBlankLine() {
        String source = "class A {\n    private String a;\n\n    private List<B> b = new ArrayList<>();\n\n"
                + "    private final C c;\n\n    /**\n     * Doc.\n     */\n    private String d;\n\n"
                + "    A() {\n    }\n\n    private String e;\n}\n";
        assertThat(SourceText.compactFields(source)).isEqualTo("class A {\n    private String a;\n"
                + "    private List<B> b = new ArrayList<>();\n    private final C c;\n\n    /**\n     * Doc.\n"
                + "     */\n    private String d;\n\n    A() {\n    }\n\n    private String e;\n}\n");
    }

    @Test
    void agreesWithTheRegularExpressionOnEveryPairOfLines() {
        List<String> lines = List.of("    private String a;", "  private Map<String, List<B>> map;",
                "    private static final String X = \"a = b\";", "    private String s = \"a;b\";",
                "    private String[] array;", "    private String;", "    private  a;", "private String a;",
                "    private String a = b = c;", "    private ? extends T a;", "    private String a ;",
                "    private String a = ;", "    privateString a;", "    private String a; // note", "", "}",
                "    private final Optional<Link> self;", "    private String a\u00e9;", "    private String a =x;");
        for (String first : lines) {
            for (String second : lines) {
                for (String end : List.of("", "\n", "\n\n    private String z;\n")) {
                    String text = "class A {\n" + first + "\n\n" + second + end;
                    assertThat(SourceText.compactFields(text)).as(text)
                            .isEqualTo(FIELD_AFTER_FIELD.matcher(text).replaceAll("$1\n"));
                }
            }
        }
    }

    @Test
    void normalizesLineEndingsBeforeEncoding() {
        assertThat(SourceText.bytes("a\r\nb\rc\n    private String a;\r\n\r\n    private String b;\r\n"))
                .isEqualTo("a\nb\nc\n    private String a;\n    private String b;\n".getBytes(StandardCharsets.UTF_8));
    }
}
