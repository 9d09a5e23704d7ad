package io.github.ucwakit.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated operations and links are typed so that the compiler refuses what would be a wrong request: a
 * snippet is compiled with {@code javax.tools} against the generated classes, once with the right argument (it
 * compiles without a warning) and once with a wrong one (the compiler refuses it, naming the types).
 */
class TypedOperationsCompileTest {

    private static final String IMPORTS = "import io.github.ucwakit.runtime.*;\n"
            + "import io.github.ucwakit.runtime.codec.UcwaCodec;\n"
            + "import io.github.ucwakit.runtime.operations.*;\n";

    @TempDir
    Path classes;

    @Test
    void aPutOnCommunicationCompilesWithACommunicationOnly() throws IOException {
        String declarations = "Communication communication = Communication.builder().build();\n"
                + "Conversation conversation = Conversation.builder().build();\n"
                + "UcwaCodec codec = UcwaCodec.create();\n";
        assertThat(compile(declarations
                + "UcwaRequest put = CommunicationOperations.PUT.put(communication, \"1\", PayloadFormat.JSON, codec);"))
                .isEmpty();
        assertThat(compile(declarations
                + "UcwaRequest put = CommunicationOperations.PUT.put(conversation, \"1\", PayloadFormat.JSON, codec);"))
                .singleElement().asString().contains("Conversation cannot be converted to")
                .contains("Communication");
    }

    @Test
    void anOperationWithoutABodyTakesNone() throws IOException {
        String declarations = "Communication communication = Communication.builder().build();\n"
                + "UcwaCodec codec = UcwaCodec.create();\n";
        assertThat(compile(declarations
                + "UcwaRequest get = CommunicationOperations.GET.request(Link.of(\"self\", \"/c\"), null,"
                + " PayloadFormat.JSON);")).isEmpty();
        assertThat(compile(declarations
                + "UcwaRequest put = CommunicationOperations.GET.put(communication, \"1\", PayloadFormat.JSON, codec);"))
                .singleElement().asString().contains("Communication cannot be converted to").contains("Void");
    }

    @Test
    void aPostTakesItsInputClassOnly() throws IOException {
        String declarations = "Link link = Link.of(\"addParticipant\", \"/a\");\n";
        assertThat(compile(declarations + "UcwaRequest post = AddParticipantOperations.POST.request(link,"
                + " AddParticipantInput.builder().to(\"sip:a@b\").build(), PayloadFormat.XML);")).isEmpty();
        assertThat(compile(declarations + "UcwaRequest post = AddParticipantOperations.POST.request(link,"
                + " Communication.builder().build(), PayloadFormat.XML);"))
                .singleElement().asString().contains("Communication cannot be converted to")
                .contains("AddParticipantInput");
    }

    @Test
    void aLinkConstantIsTypedByTheClassOfItsTarget() throws IOException {
        assertThat(compile("LinkTo<Conversation, Messaging> messaging = ConversationLinks.MESSAGING;")).isEmpty();
        assertThat(compile("LinkTo<Conversation, Participant> messaging = ConversationLinks.MESSAGING;"))
                .singleElement().asString().contains("incompatible types")
                .contains("sample.Messaging> cannot be converted to").contains("sample.Participant>");
        assertThat(compile("java.util.Optional<Link> l = ConversationLinks.MESSAGING.link(Messaging.builder()"
                + ".build());")).singleElement().asString().contains("Messaging cannot be converted to")
                .contains("Conversation");
    }

    /** The errors of compiling the statements in a method of a class in the generated classes' package. */
    private List<String> compile(String statements) throws IOException {
        String source = "package io.github.ucwakit.sample;\n" + IMPORTS
                + "final class Snippet {\n  void run() {\n" + statements + "\n  }\n}\n";
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            Path out = Files.createTempDirectory(classes, "snippet");
            List<String> options = List.of("--release", "17", "-Xlint:all", "-Werror", "-proc:none",
                    "-classpath", System.getProperty("java.class.path"), "-d", out.toString());
            compiler.getTask(null, files, diagnostics, options, null, List.of(new Snippet(source))).call();
        }
        List<String> errors = diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() != javax.tools.Diagnostic.Kind.NOTE)
                .map(d -> d.getKind() + ": " + d.getMessage(Locale.ROOT).replace('\n', ' '))
                .collect(Collectors.toList());
        System.out.printf("compiled snippet %s: %s%n", statements.lines().reduce((a, b) -> b).orElse(""),
                errors.isEmpty() ? "accepted" : errors);
        return errors;
    }

    private static final class Snippet extends SimpleJavaFileObject {

        private final String text;

        Snippet(String text) {
            super(URI.create("string:///io/github/ucwakit/sample/Snippet.java"), Kind.SOURCE);
            this.text = text;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }
    }
}
