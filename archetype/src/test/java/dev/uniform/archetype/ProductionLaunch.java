package dev.uniform.archetype;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged sample started as production starts it: {@code java -jar}, configured by environment only, in a working
 * directory of its own so that no {@code .env} or {@code config/} of a checkout configures it.
 */
final class ProductionLaunch implements AutoCloseable {

    private static final Path OUTPUT = Path.of("target", "production-launches");
    private static final Duration STARTUP = Duration.ofSeconds(90);

    private final Process process;
    private final Path output;
    private final int port;
    private final int managementPort;

    private ProductionLaunch(Process process, Path output, int port, int managementPort) {
        this.process = process;
        this.output = output;
        this.port = port;
        this.managementPort = managementPort;
    }

    /**
     * Starts the application with these environment variables, on a free port and a free management port, logging to
     * a file.
     */
    static ProductionLaunch start(Map<String, String> environment) throws IOException {
        int port = freePort();
        int managementPort = freePort();
        Path runner = PackagedSample.file("target/quarkus-app/quarkus-run.jar");
        Path directory = Files.createDirectories(OUTPUT).toAbsolutePath();
        Path output = Files.createTempFile(directory, "launch-", ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-jar", runner.toString()))
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("QUARKUS_") || name.startsWith("MP_"));
        env.putAll(environment);
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(managementPort));
        // Stops without the 5 s of still serving that give a load balancer time to move away: none is in front here.
        env.putIfAbsent("QUARKUS_SHUTDOWN_DELAY", "0S");
        return new ProductionLaunch(builder.start(), output, port, managementPort);
    }

    /** The API's port. */
    int port() {
        return port;
    }

    /** The port of health and metrics. */
    int managementPort() {
        return managementPort;
    }

    /** Waits for the process to end by itself, as one refusing its configuration does; its exit code. */
    int awaitExit() throws IOException, InterruptedException {
        if (!process.waitFor(STARTUP.toSeconds(), TimeUnit.SECONDS)) {
            throw new IllegalStateException("still running after " + STARTUP + "; log:\n" + log());
        }
        return process.exitValue();
    }

    /** Waits until readiness answers 200, which includes the database. */
    void awaitReady() throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://localhost:" + managementPort + "/q/health/ready"))
                .build();
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("exited with " + process.exitValue() + "; log:\n" + log());
            }
            try {
                if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // Keep polling until the deadline.
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("not ready after " + STARTUP + "; log:\n" + log());
    }

    /** Sends SIGTERM, as Kubernetes does to stop a pod. */
    void terminate() {
        process.destroy();
    }

    String log() throws IOException {
        return Files.readString(output);
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    /** The datasource settings production reads from the environment, for a server on this port. */
    static Map<String, String> datasource(int databasePort) {
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_DATASOURCE_REACTIVE_URL", "postgresql://localhost:" + databasePort + "/postgres");
        env.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:" + databasePort + "/postgres");
        env.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        env.put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
        return env;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
