package io.github.ucwakit.schema.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names a descriptor file that could not be read may describe: its file name without the extension, and the
 * value of any line that looks like a top-level {@code resource:} or {@code enumeration:} key (YAML or JSON).
 * References to these names are not reported as unknown, so that one broken file gives its own errors and no
 * second error elsewhere about the same cause.
 */
public final class DeclaredNames {

    private static final Pattern DECLARATION =
            Pattern.compile("^\"?(?:resource|enumeration)\"?\\s*:\\s*\"?([^\"\\s,#]+)", Pattern.MULTILINE);

    private DeclaredNames() {}

    public static Set<String> guess(DescriptorFile file) {
        Set<String> names = new TreeSet<>();
        String fileName = file.path().getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        names.add(dot > 0 ? fileName.substring(0, dot) : fileName);
        try {
            if (Files.size(file.path()) <= SourceReader.MAX_BYTES) {
                // Decoded leniently: the file may be unreadable because of its bytes.
                String text = new String(Files.readAllBytes(file.path()), StandardCharsets.UTF_8);
                Matcher declaration = DECLARATION.matcher(text);
                while (declaration.find()) {
                    names.add(declaration.group(1));
                }
            }
        } catch (IOException e) {
            // The file name alone, then; reading the file already reported why it cannot be read.
        }
        return names;
    }
}
