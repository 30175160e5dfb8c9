package dev.uniform.devdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContainerRuntimeTests {

    @TempDir
    Path home;

    @Test
    void shouldFindARuntimeListeningOnDockerHost() throws Exception {
        Path socket = home.resolve("engine.sock");
        try (ServerSocketChannel engine = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            engine.bind(UnixDomainSocketAddress.of(socket));
            ContainerRuntime runtime = new ContainerRuntime(Map.of("DOCKER_HOST", "unix://" + socket), home);

            assertThat(runtime.findReachableEndpoint()).contains("unix://" + socket);
        }
    }

    @Test
    void shouldFindARuntimeListeningOnTcp() throws Exception {
        try (ServerSocket engine = new ServerSocket()) {
            engine.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            String endpoint = "tcp://127.0.0.1:" + engine.getLocalPort();
            ContainerRuntime runtime = new ContainerRuntime(Map.of("DOCKER_HOST", endpoint), home);

            assertThat(runtime.findReachableEndpoint()).contains(endpoint);
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
    void shouldLookForRootlessPodmanUnderTheRuntimeDirectory() {
        ContainerRuntime runtime = new ContainerRuntime(Map.of("XDG_RUNTIME_DIR", "/run/user/1000"), home);

        assertThat(runtime.candidateEndpoints()).contains("unix:///run/user/1000/podman/podman.sock");
    }
}
