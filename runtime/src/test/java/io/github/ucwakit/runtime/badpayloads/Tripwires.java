package io.github.ucwakit.runtime.badpayloads;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What a payload that reaches out would touch: a server socket on 127.0.0.1 that counts every connection it
 * accepts, and a local file holding a random marker. Payloads name them with {@code ${PORT}} and
 * {@code ${MARKER_URI}}. A parser that fetched either would show it: a connection counted, or the marker in what it
 * returned or reported.
 */
final class Tripwires implements AutoCloseable {

    private final ServerSocket server;
    private final Thread acceptor;
    private final AtomicInteger connections = new AtomicInteger();
    private final Path markerFile;
    private final String marker = "MARKER-" + UUID.randomUUID();

    Tripwires(Path folder) throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        markerFile = folder.resolve("secret.txt");
        Files.writeString(markerFile, marker, StandardCharsets.UTF_8);
        acceptor = new Thread(this::acceptAll, "tripwire-acceptor");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** The payload with its placeholders filled in; bytes other than the placeholders are kept as they are. */
    byte[] fill(byte[] payload) {
        String text = new String(payload, StandardCharsets.ISO_8859_1)
                .replace("${PORT}", Integer.toString(server.getLocalPort()))
                .replace("${MARKER_URI}", markerFile.toUri().toString());
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    int connections() {
        return connections.get();
    }

    String marker() {
        return marker;
    }

    private void acceptAll() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                connections.incrementAndGet();
                socket.close();
            } catch (IOException e) {
                if (!server.isClosed()) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        try {
            acceptor.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
