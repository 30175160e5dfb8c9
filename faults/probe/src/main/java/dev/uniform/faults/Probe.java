package dev.uniform.faults;

import com.fasterxml.jackson.databind.JsonNode;
import dev.uniform.testing.OpenApiContract;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The fault suite's client, one scenario per command; faults/run.sh starts the service, breaks things and calls it.
 * With {@code --api-key}, the concurrent changes and the load send it instead of the token on every other request.
 *
 * <pre>
 * concurrency   --api URL --token T [--api-key K] --rounds N --out FILE
 * fuzz          --api URL --token T --document FILE --per-operation N [--smoke] --out FILE
 * refusals      --api URL --issuer ISS --audience AUD --key PEM --public-key PEM --random-keys N --out FILE
 * burst         --api URL --management URL --token T [--api-key K] --requests N --out FILE
 * load          --api URL --management URL --token T [--api-key K] --seconds S --workers W [--writers N] [--routing-lag MILLIS] --dir DIR
 * verify-writes --api URL --dir DIR
 * slow-readers  --api URL --management URL --readers N --rate BYTES --seconds S --out FILE
 * replicas      --apis URL,URL,... --token T [--api-key K] --flood-token T --bystander-token T --document FILE
 *               --rounds N --limit N --window SECONDS --bystander-reads N --out FILE
 * report        --results DIR --out FILE --title TEXT --header TEXT
 * </pre>
 */
public final class Probe {

    private Probe() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: see the Javadoc of dev.uniform.faults.Probe");
        }
        Map<String, String> options = options(args);
        switch (args[0]) {
            case "concurrency" ->
                write(
                        options,
                        new ConcurrentChanges(List.of(target(options)), judge(options))
                                .run(Integer.parseInt(options.get("rounds"))));
            case "fuzz" -> fuzz(options);
            case "refusals" ->
                write(
                        options,
                        new Refusals(
                                        target(options),
                                        options.get("issuer"),
                                        options.get("audience"),
                                        Path.of(options.get("key")),
                                        Path.of(options.get("public-key")),
                                        Integer.parseInt(options.get("random-keys")))
                                .run());
            case "load" ->
                new Load(
                                target(options),
                                Integer.parseInt(options.get("workers")),
                                Integer.parseInt(options.getOrDefault("writers", "0")),
                                seconds(options),
                                routingLag(options))
                        .run(
                                dir(options).resolve("requests.jsonl"),
                                dir(options).resolve("readiness.jsonl"));
            case "burst" ->
                new Burst(target(options)).run(Integer.parseInt(options.get("requests")), Path.of(options.get("out")));
            case "verify-writes" ->
                Files.writeString(
                        dir(options).resolve("writes.json"),
                        Fixtures.JSON.writeValueAsString(
                                Writes.verify(target(options), dir(options).resolve("requests.jsonl"))));
            case "slow-readers" ->
                write(
                        options,
                        new SlowReaders(target(options))
                                .run(
                                        Integer.parseInt(options.get("readers")),
                                        Integer.parseInt(options.get("rate")),
                                        seconds(options)));
            case "replicas" -> write(options, replicas(options));
            case "report" -> {
                boolean holds = new Report(Path.of(options.get("results")))
                        .write(Path.of(options.get("out")), options.get("title"), options.get("header"));
                System.out.println(holds ? "every criterion holds" : "some criteria do not hold: see the report");
            }
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
    }

    private static void fuzz(Map<String, String> options) throws Exception {
        JsonNode document = Fixtures.read(Files.readString(Path.of(options.get("document"))));
        List<Operation> operations = Operation.allOf(document);
        Judge judge = judge(options);
        int perOperation = Integer.parseInt(options.get("per-operation"));
        Map<String, Object> sent = new Fuzz(target(options), judge).run(operations, perOperation);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("smoke", options.containsKey("smoke"));
        result.put("perOperation", perOperation);
        result.put("operations", sent);
        result.put("judged", judge.summary());
        write(options, result);
    }

    /**
     * Every check of several replicas at once; the rate limit's last, as its caller and its bystander are of their own
     * (their tokens' subjects), and the others' stay far below the limit.
     */
    private static Map<String, Object> replicas(Map<String, String> options) throws Exception {
        String apis = options.get("apis");
        List<Target> replicas = Replicas.of(apis, options.get("token"), options.getOrDefault("api-key", ""));
        int rounds = Integer.parseInt(options.get("rounds"));
        Replicas probe = new Replicas(replicas);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("replicas", replicas.size());
        result.put("idempotentCreates", probe.idempotentCreates(rounds));
        result.put("conditionalChanges", new ConcurrentChanges(replicas, judge(options)).run(rounds));
        result.put("readYourWrites", probe.readYourWrites(rounds));
        result.put(
                "rateLimit",
                probe.rateLimit(
                        Replicas.of(apis, options.get("flood-token"), ""),
                        Replicas.of(apis, options.get("bystander-token"), ""),
                        Integer.parseInt(options.get("limit")),
                        Integer.parseInt(options.get("window")),
                        Integer.parseInt(options.get("bystander-reads"))));
        return result;
    }

    private static Judge judge(Map<String, String> options) throws Exception {
        return new Judge(OpenApiContract.of(Files.readString(Path.of(options.get("document")))));
    }

    private static Target target(Map<String, String> options) {
        return new Target(
                URI.create(options.get("api")),
                URI.create(options.getOrDefault("management", options.get("api"))),
                options.getOrDefault("token", ""),
                options.getOrDefault("api-key", ""));
    }

    private static Path dir(Map<String, String> options) throws Exception {
        return Files.createDirectories(Path.of(options.get("dir")));
    }

    private static Duration seconds(Map<String, String> options) {
        return Duration.ofSeconds(Long.parseLong(options.get("seconds")));
    }

    private static OptionalLong routingLag(Map<String, String> options) {
        return options.containsKey("routing-lag")
                ? OptionalLong.of(Long.parseLong(options.get("routing-lag")))
                : OptionalLong.empty();
    }

    private static void write(Map<String, String> options, Object result) throws Exception {
        Files.writeString(
                Path.of(options.get("out")),
                Fixtures.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(result));
    }

    /** {@code --name value} pairs; a flag without a value ({@code --smoke}) maps to "true". */
    static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected an option, got " + args[i]);
            }
            String name = args[i].substring(2);
            boolean hasValue = i + 1 < args.length && !args[i + 1].startsWith("--");
            options.put(name, hasValue ? args[++i] : "true");
        }
        return options;
    }
}
