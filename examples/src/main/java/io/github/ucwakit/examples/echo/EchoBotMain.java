package io.github.ucwakit.examples.echo;

import io.github.ucwakit.client.UcwaClient;
import io.github.ucwakit.runtime.PayloadFormat;
import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * Runs the {@link EchoBot}: {@code EchoBotMain ROOT_URL USER PASSWORD [json|xml]}, until the process is stopped
 * (Ctrl-C) or the event channel ends. A wrong command line ends it with status 2.
 */
public final class EchoBotMain {

    private EchoBotMain() {}

    public static void main(String[] args) {
        int status = run(args, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Runs the bot until its event channel stops; the exit status (2 for a wrong command line). */
    static int run(String[] args, PrintStream err) {
        if (args.length < 3 || args.length > 4) {
            err.println("usage: EchoBotMain ROOT_URL USER PASSWORD [json|xml]");
            return 2;
        }
        URI root;
        try {
            root = new URI(args[0]);
        } catch (URISyntaxException e) {
            err.println("not a URL: " + args[0]);
            return 2;
        }
        PayloadFormat format = PayloadFormat.JSON;
        if (args.length == 4) {
            switch (args[3]) {
                case "json" -> format = PayloadFormat.JSON;
                case "xml" -> format = PayloadFormat.XML;
                default -> {
                    err.println("format must be json or xml: " + args[3]);
                    return 2;
                }
            }
        }
        UcwaClient client = UcwaClient.builder(root).format(format).password(args[1], args[2]).build();
        EchoBot bot = EchoBot.start(client);
        Runtime.getRuntime().addShutdownHook(new Thread(bot::close, "echo-bot-shutdown"));
        bot.stopped().join();
        return 0;
    }
}
