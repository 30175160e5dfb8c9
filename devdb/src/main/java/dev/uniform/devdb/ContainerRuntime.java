package dev.uniform.devdb;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a container runtime (Docker or Podman) that answers, the way Testcontainers would look for one. A socket
 * file alone proves nothing: Docker's CLI leaves one behind on machines whose engine is not running.
 */
final class ContainerRuntime {

    private static final int TCP_CONNECT_TIMEOUT_MILLIS = 500;

    private final Map<String, String> environment;
    private final Path home;

    ContainerRuntime(Map<String, String> environment, Path home) {
        this.environment = environment;
        this.home = home;
    }

    static ContainerRuntime ofThisMachine() {
        return new ContainerRuntime(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /** The endpoint of the first runtime that accepts a connection, for the log line. */
    Optional<String> findReachableEndpoint() {
        return candidateEndpoints().stream().filter(ContainerRuntime::accepts).findFirst();
    }

    List<String> candidateEndpoints() {
        List<String> endpoints = new ArrayList<>();
        String dockerHost = environment.get("DOCKER_HOST");
        if (dockerHost != null && !dockerHost.isBlank()) {
            endpoints.add(dockerHost.trim());
        }
        String runtimeDir = environment.get("XDG_RUNTIME_DIR");
        if (runtimeDir != null && !runtimeDir.isBlank()) {
            endpoints.add("unix://" + Path.of(runtimeDir, "podman", "podman.sock"));
            endpoints.add("unix://" + Path.of(runtimeDir, "docker.sock"));
        }
        endpoints.add("unix:///var/run/docker.sock");
        endpoints.add("unix:///run/podman/podman.sock");
        endpoints.add("unix://" + home.resolve(".docker/run/docker.sock"));
        endpoints.add("unix://" + home.resolve(".colima/default/docker.sock"));
        endpoints.add("unix://" + home.resolve(".rd/docker.sock"));
        return endpoints;
    }

    private static boolean accepts(String endpoint) {
        URI uri = URI.create(endpoint);
        try {
            return switch (uri.getScheme()) {
                case "unix" -> acceptsUnixSocket(Path.of(uri.getPath()));
                case "tcp", "http", "https" -> acceptsTcp(new InetSocketAddress(uri.getHost(), uri.getPort()));
                default -> false;
            };
        } catch (IOException | IllegalArgumentException | SecurityException unreachable) {
            return false;
        }
    }

    private static boolean acceptsUnixSocket(Path socket) throws IOException {
        if (!Files.exists(socket)) {
            return false;
        }
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            return channel.connect(UnixDomainSocketAddress.of(socket));
        }
    }

    private static boolean acceptsTcp(SocketAddress address) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(address, TCP_CONNECT_TIMEOUT_MILLIS);
            return true;
        }
    }
}
