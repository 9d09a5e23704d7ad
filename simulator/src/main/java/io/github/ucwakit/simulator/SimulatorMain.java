package io.github.ucwakit.simulator;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the simulator until the process is stopped (Ctrl-C): prints the root URL, the user name and the password.
 * Options: {@code --port N} (default: an ephemeral port), {@code --user NAME}, {@code --password SECRET},
 * {@code --redirect} (autodiscovery answers with a redirect first), {@code --latency MILLIS}, {@code --help}. A bad
 * option ends the process with status 2.
 */
public final class SimulatorMain {

    private SimulatorMain() {}

    public static void main(String[] args) throws InterruptedException {
        UcwaSimulator simulator;
        try {
            simulator = start(args, System.out);
        } catch (IllegalArgumentException e) {
            System.err.println("ucwa-simulator: " + e.getMessage());
            usage(System.err);
            System.exit(2);
            return;
        }
        if (simulator == null) {
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.close();
            stopped.countDown();
        }, "ucwa-simulator-shutdown"));
        describe(simulator, System.out);
        stopped.await();
    }

    /**
     * Starts the simulator the options describe; {@code null} for {@code --help}, whose usage goes to {@code out}.
     *
     * @throws IllegalArgumentException for an unknown option or a bad value
     */
    static UcwaSimulator start(String[] args, PrintStream out) {
        UcwaSimulator.Builder builder = UcwaSimulator.builder();
        long latency = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> builder.port(number(args, ++i));
                case "--user" -> builder.userName(value(args, ++i));
                case "--password" -> builder.password(value(args, ++i));
                case "--redirect" -> builder.redirect(true);
                case "--latency" -> latency = number(args, ++i);
                case "--help", "-h" -> {
                    usage(out);
                    return null;
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (latency < 0) {
            throw new IllegalArgumentException("--latency must not be negative: " + latency);
        }
        UcwaSimulator simulator = builder.build().start();
        simulator.faults().latency(Duration.ofMillis(latency));
        return simulator;
    }

    /** Prints what a client needs: the root URL, the user name and the password. */
    static void describe(UcwaSimulator simulator, PrintStream out) {
        out.println("UCWA simulator running");
        out.println("  root URL: " + simulator.rootUri());
        out.println("  user:     " + simulator.userName());
        out.println("  password: " + simulator.password());
        out.println("Stop with Ctrl-C.");
        out.flush();
    }

    private static int number(String[] args, int index) {
        String text = value(args, index);
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(args[index - 1] + " needs a whole number: " + text);
        }
    }

    private static String value(String[] args, int index) {
        if (index >= args.length) {
            throw new IllegalArgumentException(args[index - 1] + " needs a value");
        }
        return args[index];
    }

    private static void usage(PrintStream out) {
        out.println("usage: ucwa-simulator [--port N] [--user NAME] [--password SECRET] [--redirect] [--latency MS]");
    }
}
