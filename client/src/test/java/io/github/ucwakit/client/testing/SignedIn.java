package io.github.ucwakit.client.testing;

import io.github.ucwakit.client.UcwaClient;
import io.github.ucwakit.client.UcwaClientBuilder;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.PayloadFormat;
import java.util.function.UnaryOperator;

/** A fake UCWA and a client signed in to it. */
public record SignedIn(FakeUcwa ucwa, UcwaClient client) implements AutoCloseable {

    public static SignedIn start(PayloadFormat format, UnaryOperator<UcwaClientBuilder> options) throws Exception {
        FakeUcwa ucwa = new FakeUcwa(format);
        UcwaClient client = options.apply(UcwaClient.builder(ucwa.rootUri()).format(format)
                .password(FakeUcwa.USER, FakeUcwa.PASSWORD)).build();
        client.signIn();
        return new SignedIn(ucwa, client);
    }

    public FakeServer server() {
        return ucwa.server();
    }

    /** A link to a path of the fake, relative as UCWA gives them. */
    public static Link link(String rel, String path) {
        return Link.of(rel, path);
    }

    @Override
    public void close() {
        ucwa.close();
    }
}
