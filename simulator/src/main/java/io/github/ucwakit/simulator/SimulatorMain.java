package io.github.ucwakit.simulator;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the simulator until the process is stopped (Ctrl-C): prints the root URL, the user name and the password.
 * Options: {@code --port N} (default: an ephemeral port), {@code --user NAME}, {@code --password SECRET},
 * {@code --redirect} (autodiscovery answers with a redirect first), {@code --latency MILLIS}.
 */
public final class SimulatorMain {

    private SimulatorMain() {}

    public static void main(String[] args) throws InterruptedException {
        UcwaSimulator.Builder builder = UcwaSimulator.builder();
        long latency = 0;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--port" -> builder.port(Integer.parseInt(value(args, ++i)));
                    case "--user" -> builder.userName(value(args, ++i));
                    case "--password" -> builder.password(value(args, ++i));
                    case "--redirect" -> builder.redirect(true);
                    case "--latency" -> latency = Long.parseLong(value(args, ++i));
                    case "--help", "-h" -> {
                        usage(System.out);
                        return;
                    }
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
        } catch (IllegalArgumentException e) {
            System.err.println("ucwa-simulator: " + e.getMessage());
            usage(System.err);
            System.exit(2);
            return;
        }
        UcwaSimulator simulator = builder.build().start();
        simulator.faults().latency(Duration.ofMillis(latency));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.close();
            stopped.countDown();
        }, "ucwa-simulator-shutdown"));
        System.out.println("UCWA simulator running");
        System.out.println("  root URL: " + simulator.rootUri());
        System.out.println("  user:     " + simulator.userName());
        System.out.println("  password: " + simulator.password());
        System.out.println("Stop with Ctrl-C.");
        System.out.flush();
        stopped.await();
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
