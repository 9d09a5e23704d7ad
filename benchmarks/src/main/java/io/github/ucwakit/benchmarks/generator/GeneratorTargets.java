package io.github.ucwakit.benchmarks.generator;

/** The generator's targets from the issue, each an upper bound. */
public final class GeneratorTargets {

    /** The command-line generator on the whole API, JVM start included, in seconds. */
    public static final double CLI_SECONDS = 1.0;
    /** The whole API generated in a warm JVM, in milliseconds (strictly under). */
    public static final double WARM_MILLIS = 500;
    /** A {@code generate} that finds nothing changed, in milliseconds (strictly under). */
    public static final double NO_CHANGE_MILLIS = 50;
    /** Lines of generated code for the whole API. */
    public static final int LINES = 60_000;
    /** {@code javac} compiling the generated code, in seconds. */
    public static final double JAVAC_SECONDS = 4.0;

    private GeneratorTargets() {}
}
