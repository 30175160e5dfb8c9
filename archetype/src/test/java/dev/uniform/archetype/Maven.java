package dev.uniform.archetype;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs Maven the way a user does, in a separate process, against a repository holding this build's uniform artifacts
 * (staged before the integration tests, as installed) in front of the build's own repository, which is only read.
 */
final class Maven {

    static final String ARCHETYPE_VERSION = required("uniform.archetype.version");
    private static final Path STAGED_REPOSITORY = Path.of(required("uniform.it.repository"));
    private static final Path BUILD_REPOSITORY = Path.of(required("uniform.it.repository.tail"));
    private static final Path MAVEN_HOME = Path.of(required("maven.home"));

    /**
     * The integration tests run two at a time (the failsafe configuration): the builds they start lock the shared
     * repositories across processes, as Maven's resolver documents for that case, and their tests take free ports
     * instead of 8081, where two generated services' tests would meet.
     */
    private static final List<String> SIDE_BY_SIDE = List.of(
            "-Daether.syncContext.named.factory=file-lock",
            "-Daether.syncContext.named.nameMapper=file-hgav",
            "-Dquarkus.http.test-port=0");

    private Maven() {}

    /** What a finished Maven run printed, and how it ended. */
    record Result(int exitCode, String output, Path log) {

        boolean succeeded() {
            return exitCode == 0;
        }

        /** The end of the log, where Maven says what failed: enough for an assertion message. */
        String tail() {
            String[] lines = output.split("\n");
            return String.join("\n", List.of(lines).subList(Math.max(0, lines.length - 60), lines.length));
        }
    }

    /** {@code mvn archetype:generate} in batch mode, as the README shows it, in {@code directory}. */
    static Result generate(Path directory, Map<String, String> properties) throws IOException, InterruptedException {
        List<String> arguments = new ArrayList<>(List.of("--batch-mode", "archetype:generate"));
        arguments.addAll(archetypeCoordinates());
        new TreeMap<>(properties).forEach((key, value) -> arguments.add("-D" + key + "=" + value));
        return run(directory, directory, mavenCommand(), arguments, "", "generate");
    }

    /** {@code mvn archetype:generate} in interactive mode, answering its prompts from {@code answers}. */
    static Result generateInteractively(Path directory, List<String> answers) throws IOException, InterruptedException {
        List<String> arguments = new ArrayList<>(List.of("archetype:generate"));
        arguments.addAll(archetypeCoordinates());
        String input = String.join("\n", answers) + "\n";
        return run(directory, directory, mavenCommand(), arguments, input, "generate-interactive");
    }

    /** The generated project's own wrapper, as its README tells a developer to run it. */
    static Result wrapper(Path project, String... goals) throws IOException, InterruptedException {
        List<String> arguments = new ArrayList<>(List.of("--batch-mode"));
        arguments.addAll(List.of(goals));
        String command = project.resolve("mvnw").toString();
        return run(project, project.getParent(), command, arguments, "", logName(goals));
    }

    /** The goals and properties as a file name: field specs hold colons, pipes and parentheses. */
    private static String logName(String... goals) {
        String name = String.join("-", goals).replaceAll("[^\\w.=-]+", "_");
        return name.substring(0, Math.min(name.length(), 120));
    }

    private static List<String> archetypeCoordinates() {
        return List.of(
                // The archetype is in the staged local repository; no remote catalog needs to be read for it.
                "-DarchetypeCatalog=local",
                "-DarchetypeGroupId=dev.uniform",
                "-DarchetypeArtifactId=uniform-archetype",
                "-DarchetypeVersion=" + ARCHETYPE_VERSION);
    }

    private static String mavenCommand() {
        return MAVEN_HOME.resolve("bin").resolve("mvn").toString();
    }

    private static Result run(
            Path directory, Path logDirectory, String command, List<String> arguments, String input, String name)
            throws IOException, InterruptedException {
        List<String> commandLine = new ArrayList<>(List.of(command, "--no-transfer-progress"));
        commandLine.add("-Dmaven.repo.local=" + STAGED_REPOSITORY);
        commandLine.add("-Dmaven.repo.local.tail=" + BUILD_REPOSITORY);
        commandLine.addAll(SIDE_BY_SIDE);
        commandLine.addAll(arguments);
        Path log = logDirectory.resolve("maven-" + name + ".log");
        ProcessBuilder builder = new ProcessBuilder(commandLine)
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        // Each run states its own mode; the outer build's --batch-mode (CI sets it) would silence interactive prompts.
        builder.environment().remove("MAVEN_ARGS");
        // What .mvn/jvm.config gives a generated project's wrapper, for the plain mvn that generates it too.
        builder.environment().put("MAVEN_OPTS", "-XX:+TieredCompilation -XX:TieredStopAtLevel=1");
        Process process = builder.start();
        try (var stdin = process.getOutputStream()) {
            stdin.write(input.getBytes(StandardCharsets.UTF_8));
        }
        int exitCode = process.waitFor();
        return new Result(exitCode, Files.readString(log), log);
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(property + " is not set: run these tests through Maven (./mvnw verify)");
        }
        return value;
    }
}
