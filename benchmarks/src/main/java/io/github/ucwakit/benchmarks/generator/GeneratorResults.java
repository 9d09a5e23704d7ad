package io.github.ucwakit.benchmarks.generator;

/**
 * What {@link GeneratorMeasurements} measured, as written to and read from its JSON file.
 *
 * @param loadBefore the load average (1, 5, 15 minutes) before the measurements
 * @param cores the processors the JVM saw
 * @param jdk the JDK's version
 * @param cliLauncher the command-line generator on the whole API as users run it, through the launcher script
 *     {@code ucwakit} next to the jar, a new JVM per run after a first run that wrote the launcher's archive; no
 *     runs when there was no launcher
 * @param cli the command-line generator on the whole API as {@code java -jar} runs it, a new JVM per run
 * @param cliShortRun the same with {@link GeneratorMeasurements#SHORT_RUN}
 * @param cliAppCds the same with {@link GeneratorMeasurements#SHORT_RUN} and the application class-data-sharing
 *     archive of a first run; no runs unless measured with {@code --variants}
 * @param javac {@code javac} compiling the generated code
 * @param javacC1 the same with {@code -J-XX:TieredStopAtLevel=1}, javac's own JVM on the C1 compiler only
 * @param size the generated code
 * @param loadAfter the load average after the measurements
 */
public record GeneratorResults(String loadBefore, int cores, String jdk, Timing cliLauncher, Timing cli,
        Timing cliShortRun,
        Timing cliAppCds,
        Timing javac, Timing javacC1, SourceSize size, String loadAfter) {

    public GeneratorResults {
        // Results recorded before the launcher existed have none.
        cliLauncher = cliLauncher == null ? Timing.NONE : cliLauncher;
    }
}
