package io.github.ucwakit.generator.write;

import com.palantir.javapoet.JavaFile;
import io.github.ucwakit.runtime.BindingProvider;
import io.github.ucwakit.schema.load.DescriptorLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The fingerprint of the code that shapes the output: the class files of the generator, the schema, the runtime
 * and JavaPoet, wherever they are loaded from (separate jars, one shaded jar, or class folders of a reactor
 * build). A rebuilt snapshot of the toolkit with different code therefore makes the next run generate again,
 * while the same classes give the same fingerprint.
 */
public final class ToolkitFingerprint {

    /** The package trees that make up the toolkit, each found where one of its classes is loaded from. */
    private static final List<Anchor> ANCHORS = List.of(
            new Anchor("io.github.ucwakit.generator", ToolkitFingerprint.class),
            new Anchor("io.github.ucwakit.schema", DescriptorLoader.class),
            new Anchor("io.github.ucwakit.runtime", BindingProvider.class),
            new Anchor("com.palantir.javapoet", JavaFile.class));

    private ToolkitFingerprint() {}

    /** The fingerprint of the toolkit loaded with this class; computed once. */
    public static String current() {
        return Holder.VALUE;
    }

    private static final class Holder {
        static final String VALUE = compute();
    }

    /** A package tree of the toolkit and a class of it, whose location is where the whole tree is loaded from. */
    private record Anchor(String packageTree, Class<?> loadedWith) {}

    /** A package tree and where its classes are loaded from: a jar, a class folder, or null when unknown. */
    record Source(String prefix, Path location, String fallback) {}

    private static String compute() {
        List<Source> sources = new ArrayList<>();
        for (Anchor anchor : ANCHORS) {
            Class<?> loaded = anchor.loadedWith();
            CodeSource code = loaded.getProtectionDomain().getCodeSource();
            sources.add(new Source(anchor.packageTree().replace('.', '/') + "/",
                    code == null ? null : path(code.getLocation()),
                    loaded.getName() + " " + loaded.getPackage().getImplementationVersion()));
        }
        return of(sources);
    }

    /**
     * Hashes, per source, the name, size and CRC-32 of every file under its prefix, in name order; a source whose
     * location cannot be read contributes its fallback text instead. A jar records size and CRC-32 of each entry in
     * its directory, so a shaded jar is fingerprinted without inflating a single class.
     */
    static String of(List<Source> sources) {
        ContentHash hash = new ContentHash();
        for (Source source : sources) {
            hash.add(source.prefix());
            Map<String, byte[]> entries = entries(source);
            if (entries.isEmpty()) {
                hash.add(source.fallback());
            }
            entries.forEach((name, bytes) -> hash.add(name).add(bytes));
        }
        return hash.hex();
    }

    private static Map<String, byte[]> entries(Source source) {
        Map<String, byte[]> entries = new TreeMap<>();
        Path location = source.location();
        try {
            if (location != null && Files.isDirectory(location)) {
                readFolder(location, source.prefix(), entries);
            } else if (location != null && Files.isRegularFile(location)) {
                readJar(location, source.prefix(), entries);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the toolkit's classes at " + location, e);
        }
        return entries;
    }

    private static Path path(URL url) {
        try {
            return "file".equals(url.getProtocol()) ? Path.of(url.toURI()) : null;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    private static void readFolder(Path folder, String prefix, Map<String, byte[]> entries) throws IOException {
        Path packageFolder = folder.resolve(prefix);
        if (!Files.isDirectory(packageFolder)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(packageFolder)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path file : files) {
            List<String> parts = new ArrayList<>();
            folder.relativize(file).forEach(part -> parts.add(part.toString()));
            byte[] bytes = Files.readAllBytes(file);
            CRC32 crc = new CRC32();
            crc.update(bytes);
            entries.put(String.join("/", parts), sizeAndCrc(bytes.length, crc.getValue()));
        }
    }

    private static void readJar(Path jar, String prefix, Map<String, byte[]> entries) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                if (!entry.isDirectory() && entry.getName().startsWith(prefix)) {
                    entries.put(entry.getName(), sizeAndCrc(entry.getSize(), entry.getCrc()));
                }
            }
        }
    }

    private static byte[] sizeAndCrc(long size, long crc) {
        return ByteBuffer.allocate(2 * Long.BYTES).putLong(size).putLong(crc).array();
    }
}
