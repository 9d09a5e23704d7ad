package io.github.ucwakit.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The documented command: the packaged {@code -all.jar} starts, prints the root URL, user and password, serves them,
 * and stops when the process is told to (as Ctrl-C does). Runs after packaging (property
 * {@code ucwakit.simulator.jar}).
 */
class RunnableJarIT {

    @Test
    void theJarStartsServesWhatItPrintsAndStopsWhenTold() throws Exception {
        String jarProperty = System.getProperty("ucwakit.simulator.jar");
        assertThat(jarProperty).as("property ucwakit.simulator.jar (set by the POM)").isNotNull();
        Path jar = Path.of(jarProperty);
        assertThat(Files.isRegularFile(jar)).as("the packaged jar %s", jar).isTrue();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-jar", jar.toString(), "--password", "from-the-command")
                .redirectErrorStream(true).start();
        try {
            BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8));
            List<String> lines = CompletableFuture.supplyAsync(() -> readUntilRunning(output))
                    .get(60, TimeUnit.SECONDS);
            assertThat(lines).hasSize(5);
            String root = lines.get(1).replaceFirst("^  root URL: ", "");
            assertThat(root).matches("http://127\\.0\\.0\\.1:\\d+/autodiscover/root");
            assertThat(lines.get(2)).isEqualTo("  user:     " + UcwaSimulator.DEFAULT_USER);
            assertThat(lines.get(3)).isEqualTo("  password: from-the-command");

            HttpClient http = HttpClient.newHttpClient();
            assertThat(http.send(HttpRequest.newBuilder(URI.create(root)).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
            String token = root.replace("/autodiscover/root", "/WebTicket/oauthtoken");
            HttpResponse<String> granted = http.send(HttpRequest.newBuilder(URI.create(token))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&username="
                            + UcwaSimulator.DEFAULT_USER + "&password=from-the-command")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(granted.statusCode()).isEqualTo(200);

            process.destroy();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("the process ends when told to").isTrue();
        } finally {
            process.destroyForcibly();
        }
    }

    private static List<String> readUntilRunning(BufferedReader output) {
        List<String> lines = new ArrayList<>();
        try {
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                lines.add(line);
                if (line.equals("Stop with Ctrl-C.")) {
                    return lines;
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        throw new AssertionError("the command ended before it was running: " + lines);
    }
}
