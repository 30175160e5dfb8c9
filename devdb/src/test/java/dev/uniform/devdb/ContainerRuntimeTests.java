package dev.uniform.devdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Probes fake engines on real sockets: only one that answers the ping counts. */
class ContainerRuntimeTests {

    private static final String PONG = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nOK";

    @TempDir
    Path home;

    @Test
    void shouldFindAnEngineAnsweringOnTheDockerHostSocket() throws Exception {
        Path socket = home.resolve("engine.sock");
        try (ServerSocketChannel engine = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            engine.bind(UnixDomainSocketAddress.of(socket));
            Thread answering = answerOnce(engine, PONG);
            ContainerRuntime runtime = new ContainerRuntime(Map.of("DOCKER_HOST", "unix://" + socket), home);

            assertThat(runtime.findReachableEndpoint()).contains("unix://" + socket);
            answering.join();
        }
    }

    @Test
    void shouldIgnoreASocketThatAcceptsButDoesNotAnswerThePing() throws Exception {
        Path socket = home.resolve("stopped-engine.sock");
        try (ServerSocketChannel engine = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            engine.bind(UnixDomainSocketAddress.of(socket));
            Thread answering = answerOnce(engine, "HTTP/1.1 500 Internal Server Error\r\n\r\n");
            ContainerRuntime runtime = new ContainerRuntime(Map.of("DOCKER_HOST", "unix://" + socket), home);

            assertThat(runtime.findReachableEndpoint().filter(endpoint -> endpoint.contains(home.toString())))
                    .isEmpty();
            answering.join();
        }
    }

    @Test
    void shouldFindAnEngineAnsweringOnTcp() throws Exception {
        try (ServerSocket engine = new ServerSocket()) {
            engine.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            Thread answering = new Thread(() -> {
                try (Socket client = engine.accept()) {
                    readRequest(client.getInputStream());
                    client.getOutputStream().write(PONG.getBytes(StandardCharsets.US_ASCII));
                } catch (IOException ignored) {
                    // The probe gave up; the assertion below reports it.
                }
            });
            answering.start();
            String endpoint = "tcp://127.0.0.1:" + engine.getLocalPort();
            ContainerRuntime runtime = new ContainerRuntime(Map.of("DOCKER_HOST", endpoint), home);

            assertThat(runtime.findReachableEndpoint()).contains(endpoint);
            answering.join();
        }
    }

    @Test
    void shouldIgnoreASocketFileNobodyListensOn() throws Exception {
        Path stale = Files.createFile(home.resolve("stale.sock"));
        ContainerRuntime runtime = new ContainerRuntime(Map.of("DOCKER_HOST", "unix://" + stale), home);

        assertThat(runtime.candidateEndpoints()).first().isEqualTo("unix://" + stale);
        assertThat(runtime.candidateEndpoints()).contains("unix:///var/run/docker.sock");
        assertThat(runtime.findReachableEndpoint().filter(endpoint -> endpoint.contains(home.toString())))
                .isEmpty();
    }

    @Test
    void shouldSurviveEndpointsThatAreNoUris() {
        ContainerRuntime runtime = new ContainerRuntime(Map.of("DOCKER_HOST", "C:\\Program Files\\docker pipe"), home);

        assertThat(runtime.findReachableEndpoint().filter(endpoint -> endpoint.contains("Program")))
                .isEmpty();
    }

    @Test
    void shouldLookForRootlessPodmanUnderTheRuntimeDirectory() {
        ContainerRuntime runtime = new ContainerRuntime(Map.of("XDG_RUNTIME_DIR", "/run/user/1000"), home);

        assertThat(runtime.candidateEndpoints()).contains("unix:///run/user/1000/podman/podman.sock");
    }

    private static Thread answerOnce(ServerSocketChannel engine, String reply) {
        Thread answering = new Thread(() -> {
            try (SocketChannel client = engine.accept()) {
                readRequest(Channels.newInputStream(client));
                client.write(ByteBuffer.wrap(reply.getBytes(StandardCharsets.US_ASCII)));
            } catch (IOException ignored) {
                // The probe gave up; the assertion in the test reports it.
            }
        });
        answering.start();
        return answering;
    }

    /** Reads up to the blank line that ends the ping request. */
    private static void readRequest(InputStream request) throws IOException {
        StringBuilder received = new StringBuilder();
        int next;
        while (!received.toString().endsWith("\r\n\r\n") && (next = request.read()) != -1) {
            received.append((char) next);
        }
    }
}
