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
        return compileAndLoad(sources).diagnostics();
    }

    /** Compiles {@code sources}; the result's loader defines the compiled classes over the test class path. */
    public static Compilation compileAndLoad(Map<String, String> sources) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<JavaFileObject> units = new ArrayList<>();
        sources.forEach((path, text) -> units.add(new Source(path, text)));
        StandardJavaFileManager standard = compiler.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8);
        ClassesInMemory classes = new ClassesInMemory(standard);
        boolean ok = compiler.getTask(null, classes, diagnostics, OPTIONS, null, units).call();
        List<String> messages = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            String source = d.getSource() == null ? "" : d.getSource().getName();
            messages.add(source + ":" + d.getLineNumber() + ": " + d.getKind() + ": " + d.getMessage(Locale.ROOT));
        }
        if (!ok && messages.isEmpty()) {
            messages.add("compilation failed without a diagnostic");
        }
        return new Compilation(messages, classes.bytes());
    }

    /** What a compilation gave: its diagnostics and the class files, by binary name. */
    public record Compilation(List<String> diagnostics, Map<String, byte[]> classes) {

        /** A loader that defines the compiled classes, delegating everything else to the test class path. */
        public ClassLoader loader() {
            return new ClassLoader(InMemoryCompiler.class.getClassLoader()) {
                @Override
                protected Class<?> findClass(String name) throws ClassNotFoundException {
                    byte[] bytes = classes.get(name);
                    if (bytes == null) {
                        throw new ClassNotFoundException(name);
                    }
                    return defineClass(name, bytes, 0, bytes.length);
                }
            };
        }
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

        Map<String, byte[]> bytes() {
            Map<String, byte[]> result = new HashMap<>();
            classes.forEach((name, stream) -> result.put(name, stream.toByteArray()));
            return result;
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
