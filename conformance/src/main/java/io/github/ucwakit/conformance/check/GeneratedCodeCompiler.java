package io.github.ucwakit.conformance.check;

import io.github.ucwakit.runtime.UcwaResource;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.jspecify.annotations.NullMarked;

/** Compiles generated sources with the JDK's compiler against the runtime the suite itself runs on. */
final class GeneratedCodeCompiler {

    private GeneratedCodeCompiler() {}

    /** Compiles every {@code .java} file under {@code sources} into {@code classes}; fails with the errors. */
    static void compile(Path sources, Path classes) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("no Java compiler: run on a JDK, not a JRE");
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
        Files.createDirectories(classes);
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StringWriter output = new StringWriter();
        try (StandardJavaFileManager manager = compiler.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            List<String> options = List.of("--release", "17", "-proc:none", "-nowarn", "-encoding", "UTF-8",
                    "-classpath", runtimeLocation() + File.pathSeparator + location(NullMarked.class), "-d",
                    classes.toString());
            boolean ok = compiler.getTask(output, manager, diagnostics, options, null,
                    manager.getJavaFileObjectsFromPaths(files)).call();
            if (!ok) {
                StringBuilder message = new StringBuilder("generated code does not compile:");
                diagnostics.getDiagnostics().stream()
                        .filter(d -> d.getKind() == javax.tools.Diagnostic.Kind.ERROR)
                        .limit(20)
                        .forEach(d -> message.append('\n').append(d));
                throw new IllegalStateException(message.toString());
            }
        }
    }

    /** Where the runtime's classes are: its jar or its classes folder. */
    static Path runtimeLocation() {
        return location(UcwaResource.class);
    }

    /** The jar or classes folder of a class; the runtime's and JSpecify's are what generated code compiles against. */
    private static Path location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
