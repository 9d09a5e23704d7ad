package io.github.ucwakit.examples.echo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The command line of the echo bot: a wrong one ends with status 2 and says why, before anything is started. */
class EchoBotMainTest {

    @Test
    void tooFewArgumentsPrintTheUsage() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(EchoBotMain.run(new String[] {"http://127.0.0.1:1/autodiscover/root"},
                new PrintStream(err, true, StandardCharsets.UTF_8))).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: EchoBotMain ROOT_URL USER PASSWORD");
    }

    @Test
    void aBadUrlOrFormatIsRefused() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(err, true, StandardCharsets.UTF_8);
        assertThat(EchoBotMain.run(new String[] {"http://bad host/", "u", "p"}, out)).isEqualTo(2);
        assertThat(EchoBotMain.run(new String[] {"http://127.0.0.1:1/", "u", "p", "yaml"}, out)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("not a URL: http://bad host/")
                .contains("format must be json or xml: yaml");
    }
}
