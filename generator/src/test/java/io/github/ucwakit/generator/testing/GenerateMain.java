package io.github.ucwakit.generator.testing;

import io.github.ucwakit.generator.UcwaGenerator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Generates in a JVM of its own, so that tests can start it with another platform line separator or encoding. */
public final class GenerateMain {

    private GenerateMain() {}

    /** Arguments: the Java package, the output folder, then the descriptor folders. */
    public static void main(String[] args) throws Exception {
        List<Path> folders = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            folders.add(Path.of(args[i]));
        }
        new UcwaGenerator().generate(GoldenCases.options(folders, args[0], Path.of(args[1])));
    }
}
