package io.github.ucwakit.generator.testing;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles Java sources held in memory against the test class path (which holds the runtime), with every lint and
 * doclint check on and warnings as errors; class files stay in memory.
 */
public final class InMemoryCompiler {

    /** The options generated code must compile with. */
    public static final List<String> OPTIONS = List.of(
            "--release", "17", "-Xlint:all", "-Xdoclint:all,-missing", "-Werror", "-encoding", "UTF-8",
            "-classpath", System.getProperty("java.class.path"));

    private InMemoryCompiler() {}

    /** Compiles {@code sources} (path to text) and returns every diagnostic, formatted; empty when clean. */
    public static List<String> compile(Map<String, String> sources) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<JavaFileObject> units = new ArrayList<>();
        sources.forEach((path, text) -> units.add(new Source(path, text)));
        StandardJavaFileManager standard = compiler.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8);
        boolean ok = compiler.getTask(null, new ClassesInMemory(standard), diagnostics, OPTIONS, null, units)
                .call();
        List<String> messages = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            String source = d.getSource() == null ? "" : d.getSource().getName();
            messages.add(source + ":" + d.getLineNumber() + ": " + d.getKind() + ": " + d.getMessage(Locale.ROOT));
        }
        if (!ok && messages.isEmpty()) {
            messages.add("compilation failed without a diagnostic");
        }
        return messages;
    }

    private static final class Source extends SimpleJavaFileObject {
        private final String text;

        Source(String path, String text) {
            super(URI.create("mem:///" + path), Kind.SOURCE);
            this.text = text;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }
    }

    private static final class ClassesInMemory extends ForwardingJavaFileManager<StandardJavaFileManager> {
        private final Map<String, ByteArrayOutputStream> classes = new HashMap<>();

        ClassesInMemory(StandardJavaFileManager standard) {
            super(standard);
        }

        @Override
        public JavaFileObject getJavaFileForOutput(
                Location location, String className, JavaFileObject.Kind kind, FileObject sibling) {
            return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + kind.extension),
                    kind) {
                @Override
                public OutputStream openOutputStream() {
                    return classes.computeIfAbsent(className, c -> new ByteArrayOutputStream());
                }
            };
        }
    }
}
