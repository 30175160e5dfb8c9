package dev.uniform.devdb;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.StandardProtocolFamily;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Finds a container runtime (Docker or Podman) whose engine answers its API's {@code /_ping}, as Testcontainers does
 * before Dev Services start. A socket alone proves nothing: Docker's CLI, or a stopped Docker Desktop, leaves one
 * behind that may even accept connections.
 */
final class ContainerRuntime {

    private static final int TIMEOUT_MILLIS = 1_000;
    private static final byte[] PING =
            "GET /_ping HTTP/1.0\r\nHost: docker\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    private final Map<String, String> environment;
    private final Path home;

    ContainerRuntime(Map<String, String> environment, Path home) {
        this.environment = environment;
        this.home = home;
    }

    static ContainerRuntime ofThisMachine() {
        return new ContainerRuntime(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /** The endpoint of the first engine that answers, for the log line. */
    Optional<String> findReachableEndpoint() {
        return candidateEndpoints().stream().filter(this::answers).findFirst();
    }

    List<String> candidateEndpoints() {
        List<String> endpoints = new ArrayList<>();
        String dockerHost = environment.get("DOCKER_HOST");
        if (dockerHost != null && !dockerHost.isBlank()) {
            endpoints.add(dockerHost.trim());
        }
        String runtimeDir = environment.get("XDG_RUNTIME_DIR");
        if (runtimeDir != null && !runtimeDir.isBlank()) {
            endpoints.add(unix(Path.of(runtimeDir, "podman", "podman.sock")));
            endpoints.add(unix(Path.of(runtimeDir, "docker.sock")));
        }
        endpoints.add(unix(Path.of("/var/run/docker.sock")));
        endpoints.add(unix(Path.of("/run/podman/podman.sock")));
        endpoints.add(unix(home.resolve(".docker/run/docker.sock")));
        endpoints.add(unix(home.resolve(".colima/default/docker.sock")));
        endpoints.add(unix(home.resolve(".rd/docker.sock")));
        return endpoints;
    }

    private static String unix(Path socket) {
        return "unix://" + socket.toAbsolutePath().toString().replace('\\', '/');
    }

    /** Never throws: an endpoint that cannot even be parsed is simply not a runtime. */
    private boolean answers(String endpoint) {
        try {
            URI uri = new URI(endpoint);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme();
            return switch (scheme) {
                case "unix" -> answersOnUnixSocket(Path.of(endpoint.substring("unix://".length())));
                case "tcp", "http" -> answersOnTcp(uri.getHost(), uri.getPort());
                default -> false;
            };
        } catch (IOException | URISyntaxException | RuntimeException unreachable) {
            return false;
        }
    }

    private static boolean answersOnUnixSocket(Path socket) throws IOException {
        if (!Files.exists(socket)) {
            return false;
        }
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            channel.write(ByteBuffer.wrap(PING));
            // A unix channel has no read timeout: read on another thread and stop waiting after the timeout.
            CompletableFuture<Boolean> reply =
                    CompletableFuture.supplyAsync(() -> isOk(Channels.newInputStream(channel)));
            try {
                return reply.get(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } catch (ExecutionException | TimeoutException e) {
                return false;
            }
        }
    }

    private boolean answersOnTcp(String host, int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), TIMEOUT_MILLIS);
            if (environment.containsKey("DOCKER_TLS_VERIFY")) {
                // A TLS endpoint cannot be pinged without the client certificates; a listening engine port will do.
                return true;
            }
            socket.setSoTimeout(TIMEOUT_MILLIS);
            OutputStream request = socket.getOutputStream();
            request.write(PING);
            request.flush();
            return isOk(socket.getInputStream());
        }
    }

    /** Whether the reply's status line is {@code HTTP/1.x 200}. */
    private static boolean isOk(InputStream reply) {
        try {
            byte[] statusLine = reply.readNBytes(12);
            String status = new String(statusLine, StandardCharsets.US_ASCII);
            return status.startsWith("HTTP/1.") && status.endsWith(" 200");
        } catch (IOException e) {
            return false;
        }
    }
}
