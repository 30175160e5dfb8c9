package dev.uniform.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Turns the results of a run into the dated report: one line per acceptance criterion of the suite, measured, with its
 * target and whether it holds, then the details of each scenario.
 */
final class Report {

    /** A host or a port in a readiness body: what production must not reveal there. */
    private static final Pattern HOST_OR_PORT = Pattern.compile("localhost|127\\.0\\.0\\.1|:\\d{2,5}\\b|postgres");

    private final Path results;
    private final List<String[]> criteria = new ArrayList<>();
    private final StringBuilder details = new StringBuilder();

    Report(Path results) {
        this.results = results;
    }

    /** Writes the report; answers whether every criterion holds. */
    boolean write(Path report, String title, String header) throws IOException {
        concurrency();
        fuzz();
        refusals();
        outage();
        pool();
        sigterm();
        slowReaders();
        replicas();
        serviceLog();
        spectral();
        StringBuilder text = new StringBuilder("# ")
                .append(title)
                .append("\n\n")
                .append(header)
                .append("\n\n");
        text.append("| criterion | measured | target | holds |\n| --- | --- | --- | --- |\n");
        boolean all = true;
        for (String[] criterion : criteria) {
            text.append("| ").append(String.join(" | ", criterion)).append(" |\n");
            all &= criterion[3].equals("yes");
        }
        text.append("\n").append(details);
        Files.writeString(report, text.toString());
        return all;
    }

    private void concurrency() throws IOException {
        JsonNode results = json("concurrency.json");
        section("Concurrent changes of one product (8 callers, same If-Match)");
        table(List.of("method", "rounds", "exactly one success", "unanswered in 5 s", "5xx", "statuses"));
        for (Iterator<Map.Entry<String, JsonNode>> methods = results.fields(); methods.hasNext(); ) {
            Map.Entry<String, JsonNode> method = methods.next();
            JsonNode r = method.getValue();
            row(
                    method.getKey(),
                    r.path("rounds").asText(),
                    r.path("roundsWithExactlyOneSuccess").asText(),
                    r.path("unansweredWithin5s").asText(),
                    r.path("serverErrors").asText(),
                    r.path("statuses").toString());
            criterion(
                    "concurrent " + method.getKey() + ": unanswered, 5xx, rounds without exactly one success",
                    r.path("unansweredWithin5s").asInt() + ", "
                            + r.path("serverErrors").asInt() + ", "
                            + (r.path("rounds").asInt()
                                    - r.path("roundsWithExactlyOneSuccess").asInt()),
                    "0, 0, 0",
                    r.path("unansweredWithin5s").asInt() == 0
                            && r.path("serverErrors").asInt() == 0
                            && r.path("rounds").asInt()
                                    == r.path("roundsWithExactlyOneSuccess").asInt());
        }
    }

    private void fuzz() throws IOException {
        JsonNode fuzz = json("fuzz.json");
        JsonNode counts = fuzz.path("judged").path("counts");
        int requests = counts.path("requests").asInt();
        int perOperation = Integer.MAX_VALUE;
        for (JsonNode sent : fuzz.path("operations")) {
            perOperation = Math.min(perOperation, sent.asInt());
        }
        int answered = requests
                - counts.path("unanswered.timeout").asInt()
                - counts.path("unanswered.reset").asInt()
                - counts.path("unanswered.refused").asInt();
        int errors = counts.path("errors").asInt();
        int fromCodec = counts.path("errors.fromTheHttpCodec").asInt();
        int problems = counts.path("errors.problem").asInt();
        int valid = counts.path("valid").asInt();
        section("Fuzz derived from the OpenAPI document");
        details.append("Requests per operation: ")
                .append(perOperation)
                .append(", operations: ")
                .append(fuzz.path("operations").size())
                .append(", in all ")
                .append(requests)
                .append(".\n\n");
        details.append("Statuses: `")
                .append(fuzz.path("judged").path("statuses"))
                .append("`\n\n");
        details.append("Counts: `").append(counts).append("`\n\n");
        examples(fuzz.path("judged").path("examples"));
        criterion(
                "fuzz: requests per operation (the fewest)",
                String.valueOf(perOperation),
                ">= 10,000 (full run)",
                perOperation >= 10_000 || isSmoke());
        int hung = counts.path("unanswered.timeout").asInt();
        int reset = counts.path("unanswered.reset").asInt();
        details.append("Requests answered with a closed connection instead of a response: ")
                .append(reset)
                .append(". Vert.x's HTTP codec closes a connection after refusing a request on it (beyond its outer")
                .append(" bounds on the request line and headers) without saying Connection: close, and the JDK client")
                .append(" then sends its next request on it. See docs/errors.md on the codec.\n\n");
        criterion(
                "fuzz: 5xx, hung (no answer within 10 s)",
                counts.path("serverErrors").asInt() + ", " + hung,
                "0, 0",
                counts.path("serverErrors").asInt() == 0 && hung == 0);
        criterion(
                "fuzz: errors as application/problem+json (of those the service answers)",
                percent(problems, errors - fromCodec) + " (" + fromCodec + " more from the HTTP codec, without a body)",
                "100%",
                problems == errors - fromCodec);
        criterion(
                "fuzz: internals leaked in error bodies",
                counts.path("leaks").asText("0"),
                "0",
                counts.path("leaks").asInt() == 0);
        criterion(
                "fuzz: responses valid against the document",
                percent(valid, answered),
                ">= 99%",
                valid >= 0.99 * answered);
    }

    private void outage() throws IOException {
        Timeline timeline = Timeline.read(results.resolve("outage"));
        long down = timeline.event("db-down");
        long up = timeline.event("db-up");
        List<JsonNode> during = timeline.startedBetween(down, up);
        List<JsonNode> failed =
                during.stream().filter(r -> !Timeline.succeeded(r)).toList();
        long unpromised =
                failed.stream().filter(r -> !Timeline.unavailableAsPromised(r)).count();
        long slowestFailure = Timeline.maxMillis(failed);
        long readinessMax = Timeline.maxMillis(timeline.readiness());
        long readinessRevealing = timeline.readiness().stream()
                .filter(r -> HOST_OR_PORT.matcher(r.path("body").asText("")).find())
                .count();
        long recovered = timeline.requests().stream()
                .filter(r -> r.path("startedAt").asLong() > up && Timeline.succeeded(r))
                .mapToLong(r -> r.path("startedAt").asLong() + r.path("millis").asLong() - up)
                .min()
                .orElse(Long.MAX_VALUE);
        JsonNode writes = json("outage/writes.json");
        section("Database down under load");
        details.append(String.format(
                Locale.ROOT,
                "Database down for %d ms. Requests sent meanwhile: %d, failed: %d, of which not a 503 problem with"
                        + " Retry-After: %d; slowest failure %d ms. Readiness: slowest answer %d ms, answers naming a"
                        + " host or port: %d. First success %d ms after the database was back. Acknowledged creates:"
                        + " %d, lost: %d.%n%n",
                up - down,
                during.size(),
                failed.size(),
                unpromised,
                slowestFailure,
                readinessMax,
                readinessRevealing,
                recovered,
                writes.path("acknowledgedCreates").asInt(),
                writes.path("lost").asInt()));
        examples(
                "database down, failures that are not a 503 problem with Retry-After",
                failed.stream().filter(r -> !Timeline.unavailableAsPromised(r)).toList());
        criterion(
                "database down: failures that are not 503 problem+json with Retry-After",
                String.valueOf(unpromised),
                "0",
                unpromised == 0 && !failed.isEmpty());
        criterion("database down: slowest failure", slowestFailure + " ms", "<= 3000 ms", slowestFailure <= 3000);
        criterion(
                "database down: slowest readiness answer, answers naming a host",
                readinessMax + " ms, " + readinessRevealing,
                "<= 1000 ms, 0",
                readinessMax <= 1000 && readinessRevealing == 0);
        criterion(
                "database down: recovery after the database is back",
                recovered + " ms",
                "<= 3000 ms",
                recovered <= 3000);
        criterion(
                "database down: acknowledged writes lost",
                writes.path("lost").asText(),
                "0",
                writes.path("lost").asInt() == 0);
    }

    private void pool() throws IOException {
        Timeline timeline = Timeline.read(results.resolve("pool"));
        long locked = timeline.event("locked");
        long released = timeline.event("released");
        List<JsonNode> during = timeline.startedBetween(locked, released);
        long slowest = Timeline.maxMillis(during);
        long unanswered =
                during.stream().filter(r -> r.path("status").asInt() == 0).count();
        long unpromised = during.stream()
                .filter(r -> !Timeline.succeeded(r) && !Timeline.unavailableAsPromised(r))
                .count();
        long readinessMax = Timeline.maxMillis(timeline.readiness());
        section("Pool exhausted (every connection blocked on a table lock)");
        details.append(String.format(
                Locale.ROOT,
                "Lock held %d ms. Requests sent meanwhile: %d, unanswered: %d, slowest answer %d ms, failures that are"
                        + " not a 503 problem with Retry-After: %d. Readiness: slowest answer %d ms.%n%n",
                released - locked,
                during.size(),
                unanswered,
                slowest,
                unpromised,
                readinessMax));
        examples(
                "pool exhausted, failures that are not a 503 problem with Retry-After",
                during.stream()
                        .filter(r -> !Timeline.succeeded(r) && !Timeline.unavailableAsPromised(r))
                        .toList());
        criterion(
                "pool exhausted: slowest answer, unanswered",
                slowest + " ms, " + unanswered,
                "<= 5000 ms, 0",
                slowest <= 5000 && unanswered == 0);
        criterion(
                "pool exhausted: failures that are not 503 problem+json with Retry-After",
                String.valueOf(unpromised),
                "0",
                unpromised == 0);
        poolBurst();
    }

    /** Reads started together on the exhausted pool: those that queued behind the others too must be answered in time. */
    private void poolBurst() throws IOException {
        List<JsonNode> burst = Timeline.lines(results.resolve("pool/burst.jsonl"));
        long slowest = Timeline.maxMillis(burst);
        List<JsonNode> unpromised = burst.stream()
                .filter(r -> !Timeline.succeeded(r) && !Timeline.unavailableAsPromised(r))
                .toList();
        details.append(String.format(
                Locale.ROOT,
                "A burst of %d reads by id started together while the lock was held: slowest answer %d ms, answers"
                        + " that are neither a success nor a 503 problem with Retry-After: %d.%n%n",
                burst.size(),
                slowest,
                unpromised.size()));
        examples("the burst, answers that are neither a success nor a 503 problem with Retry-After", unpromised);
        criterion(
                "pool exhausted: a burst of " + burst.size()
                        + " started together: slowest answer, not 503 problem+json",
                slowest + " ms, " + unpromised.size(),
                "<= 5000 ms, 0",
                !burst.isEmpty() && slowest <= 5000 && unpromised.isEmpty());
    }

    private void sigterm() throws IOException {
        Timeline timeline = Timeline.read(results.resolve("sigterm"));
        long signalled = timeline.event("sigterm");
        List<JsonNode> failed = timeline.requests().stream()
                .filter(r -> !Timeline.succeeded(r)
                        && !"refused".equals(r.path("failure").asText()))
                .filter(r -> r.path("status").asInt() == 0 || r.path("status").asInt() >= 500)
                .toList();
        long failedInFlight = failed.size();
        long refused = timeline.requests().stream()
                .filter(r -> "refused".equals(r.path("failure").asText()))
                .count();
        long answeredAfterSignal = timeline.startedBetween(signalled, Long.MAX_VALUE).stream()
                .filter(Timeline::succeeded)
                .count();
        JsonNode writes = json("sigterm/writes.json");
        section("SIGTERM under load");
        details.append(String.format(
                Locale.ROOT,
                "Requests answered after the signal: %d; failed (reset, timed out or 5xx): %d; refused once the service"
                        + " no longer listened (never accepted): %d. Acknowledged creates: %d, lost: %d.%n%n",
                answeredAfterSignal,
                failedInFlight,
                refused,
                writes.path("acknowledgedCreates").asInt(),
                writes.path("lost").asInt()));
        examples(
                "SIGTERM, failed requests (afterSignal in ms)",
                failed.stream()
                        .map(r -> (JsonNode) ((ObjectNode) r.deepCopy())
                                .put("afterSignal", r.path("startedAt").asLong() - signalled))
                        .toList());
        criterion(
                "SIGTERM: failed in-flight requests, acknowledged writes lost",
                failedInFlight + ", " + writes.path("lost").asInt(),
                "0, 0",
                failedInFlight == 0 && writes.path("lost").asInt() == 0);
    }

    /** The readers' own report, and wrk's reads by id without them and beside them, each from its own process. */
    private void slowReaders() throws IOException {
        JsonNode readers = json("slow-readers/readers.json");
        WrkRun without = WrkRun.parse(Files.readString(results.resolve("slow-readers/without.txt")));
        WrkRun with = WrkRun.parse(Files.readString(results.resolve("slow-readers/with.txt")));
        double ratio = with.p99() / Math.max(0.001, without.p99());
        section("Slow export readers");
        details.append("Readers (their own process): `").append(readers).append("`\n\n");
        table(List.of("reads by id (wrk, 4 connections)", "p50", "p90", "p99", "requests", "failed"));
        row("without the readers", without);
        row("beside the readers", with);
        details.append("\n");
        criterion(
                "slow readers (" + readers.path("readers").asInt() + " at "
                        + readers.path("bytesPerSecondEach").asInt()
                        + " B/s, started together): get-by-id p99 beside them / without, from another process",
                String.format(Locale.ROOT, "%.1f ms / %.1f ms = %.1f", with.p99(), without.p99(), ratio),
                "<= 5",
                ratio <= 5);
        criterion(
                "slow readers: reads by id that failed beside them, fewest bytes one reader received",
                with.failed() + ", " + readers.path("fewestBytesOfOneReader").asLong(),
                "0, > 0",
                with.failed() == 0 && readers.path("fewestBytesOfOneReader").asLong() > 0);
        long readiness = readers.path("readinessMaxMillis").asLong();
        criterion("slow readers: slowest readiness answer", readiness + " ms", "<= 1000 ms", readiness <= 1000);
    }

    private void row(String what, WrkRun run) {
        row(
                what,
                millis(run.percentileMillis().get(50)),
                millis(run.percentileMillis().get(90)),
                millis(run.p99()),
                String.valueOf(run.requests()),
                String.valueOf(run.failed()));
    }

    private static String millis(Double value) {
        return value == null ? "n/a" : String.format(Locale.ROOT, "%.2f ms", value);
    }

    /** Three replicas on one database, the checks of each round and the rate limit they share. */
    private void replicas() throws IOException {
        JsonNode replicas = json("replicas.json");
        section("Replicas (" + replicas.path("replicas").asInt() + " on one database)");
        JsonNode creates = replicas.path("idempotentCreates");
        details.append("Idempotent creates, one key sent through every replica at once: `")
                .append(creates)
                .append("`\n\n");
        criterion(
                "replicas: rounds of one Idempotency-Key through all at once without exactly one product",
                (creates.path("rounds").asInt()
                                - creates.path("roundsWithOneProduct").asInt()) + " of "
                        + creates.path("rounds").asInt(),
                "0",
                creates.path("rounds").asInt() > 0
                        && creates.path("rounds").asInt()
                                == creates.path("roundsWithOneProduct").asInt());
        JsonNode changes = replicas.path("conditionalChanges");
        details.append("Concurrent changes with one If-Match, spread over the replicas: `")
                .append(changes)
                .append("`\n\n");
        int unanswered = 0;
        int serverErrors = 0;
        int notExactlyOne = 0;
        for (JsonNode method : changes) {
            unanswered += method.path("unansweredWithin5s").asInt();
            serverErrors += method.path("serverErrors").asInt();
            notExactlyOne += method.path("rounds").asInt()
                    - method.path("roundsWithExactlyOneSuccess").asInt();
        }
        criterion(
                "replicas: concurrent DELETE, PUT, PATCH: unanswered, 5xx, rounds without exactly one success",
                unanswered + ", " + serverErrors + ", " + notExactlyOne,
                "0, 0, 0",
                changes.size() == 3 && unanswered == 0 && serverErrors == 0 && notExactlyOne == 0);
        JsonNode reads = replicas.path("readYourWrites");
        details.append("Read-your-writes across replicas: `").append(reads).append("`\n\n");
        criterion(
                "replicas: a write through one read back through every one at once: stale or failed",
                reads.path("staleOrFailedReads").asInt()
                        + reads.path("failedWrites").asInt() + " of "
                        + reads.path("reads").asInt(),
                "0",
                reads.path("reads").asInt() > 0
                        && reads.path("staleOrFailedReads").asInt() == 0
                        && reads.path("failedWrites").asInt() == 0);
        rateLimit(replicas.path("rateLimit"));
    }

    private void rateLimit(JsonNode limited) {
        int limit = limited.path("limit").asInt();
        int admitted = limited.path("admitted").asInt();
        details.append("Rate limit: `").append(limited).append("`\n\n");
        criterion(
                "rate limit across replicas: admitted of "
                        + limited.path("sent").asInt() + " sent at once by one" + " caller over every replica",
                admitted + " (limit " + limit + ")",
                ">= 90% of the limit, never over",
                admitted <= limit && admitted >= limit * 0.9);
        long refusing = 0;
        for (JsonNode afterwards : limited.path("afterwards")) {
            boolean refused = afterwards.path("status").asInt() == 429
                    && afterwards.path("type").asText().equals("urn:uniform:problem:rate-limited")
                    && afterwards.path("retryAfter").asText().matches("\\d+")
                    && afterwards.path("rateLimit").asText().contains(";r=0;");
            refusing += refused ? 1 : 0;
        }
        criterion(
                "rate limit: replicas answering the caller over its limit with a 429 problem, Retry-After and RateLimit",
                refusing + " of " + limited.path("afterwards").size(),
                "all",
                limited.path("afterwards").size() > 0
                        && refusing == limited.path("afterwards").size());
        JsonNode bystander = limited.path("bystander");
        JsonNode unlimited = bystander.path("besideTheSameFloodWithoutCredentials");
        JsonNode over = bystander.path("besideTheFloodOverItsLimit");
        double ratio = over.path("p99Millis").asDouble()
                / Math.max(0.001, unlimited.path("p99Millis").asDouble());
        criterion(
                "rate limit: another caller beside a flood over its limit: refused or failed, p99 beside it / beside"
                        + " the same flood within its limit",
                String.format(
                        Locale.ROOT,
                        "%d, %.1f ms / %.1f ms = %.1f (alone: %.1f ms)",
                        over.path("notServed").asInt(),
                        over.path("p99Millis").asDouble(),
                        unlimited.path("p99Millis").asDouble(),
                        ratio,
                        bystander.path("alone").path("p99Millis").asDouble()),
                "0, <= 1.5",
                over.path("reads").asInt() > 0 && over.path("notServed").asInt() == 0 && ratio <= 1.5);
    }

    private void refusals() throws IOException {
        JsonNode refusals = json("refusals.json");
        section("Bearer tokens and API keys refused, and the good ones accepted (POST /products)");
        table(List.of("credential", "expected", "status", "content type", "problem type", "holds"));
        for (JsonNode refusal : refusals.path("cases")) {
            row(
                    refusal.path("case").asText(),
                    refusal.path("expected").asText(),
                    refusal.path("status").asText(),
                    refusal.path("contentType").asText(),
                    refusal.path("type").asText(),
                    refusal.path("holds").asBoolean() ? "yes" : "**no**");
        }
        details.append("\n");
        long held = refusals.path("held").asLong();
        long total = refusals.path("total").asLong();
        criterion(
                "security: bad tokens and API keys a 401 problem; the issuer's token and an issued key 201; one"
                        + " Idempotency-Key, two callers, two products",
                held + " of " + total,
                "all",
                total > 0 && held == total);
        JsonNode revocation = refusals.path("revocation");
        long refusedAfter = revocation.path("refusedAfterMillis").asLong(-1);
        details.append("A key that created (")
                .append(revocation.path("statusBefore").asInt())
                .append(") was revoked (")
                .append(revocation.path("revokeStatus").asInt())
                .append(") and refused ")
                .append(refusedAfter)
                .append(" ms after the revocation's answer.\n\n");
        criterion(
                "API keys: a revoked key refused within",
                refusedAfter < 0 ? "never (3 s)" : refusedAfter + " ms",
                "<= 1000 ms",
                revocation.path("statusBefore").asInt() == 201 && refusedAfter >= 0 && refusedAfter <= 1000);
        JsonNode random = refusals.path("randomKeys");
        details.append("Random well-formed API keys: ")
                .append(random.path("sent").asInt())
                .append(" sent, statuses ")
                .append(random.path("statuses"))
                .append(".\n\n");
        criterion(
                "API keys: random well-formed keys accepted / answered with a 401 problem",
                random.path("accepted").asInt() + " / "
                        + random.path("unauthenticatedProblems").asInt() + " of "
                        + random.path("sent").asInt(),
                "0 / all",
                random.path("sent").asInt() > 0
                        && random.path("accepted").asInt() == 0
                        && random.path("unauthenticatedProblems").asInt()
                                == random.path("sent").asInt());
    }

    /**
     * The service's own account of every scenario: a failure Vert.x caught because nothing else did, or one the
     * problem mappers did not recognise (answered 500), is a defect even when every answer looked right.
     */
    private void serviceLog() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(results.resolve("service.log")));
        try (Stream<Path> replicas = Files.list(results.resolve("replicas"))) {
            for (Path log : replicas.filter(path -> path.toString().endsWith(".log"))
                    .sorted()
                    .toList()) {
                lines.addAll(Files.readAllLines(log));
            }
        }
        List<String> uncaught = lines.stream()
                .filter(line -> line.contains("Uncaught exception"))
                .toList();
        List<String> unexpected = lines.stream()
                .filter(line -> line.contains("Unexpected failure"))
                .toList();
        section("The service's log");
        details.append(String.format(
                Locale.ROOT,
                "%d lines over every scenario, the replicas' included; uncaught exceptions: %d, unexpected failures (answered 500): %d.%n%n",
                lines.size(),
                uncaught.size(),
                unexpected.size()));
        for (String line :
                Stream.concat(uncaught.stream(), unexpected.stream()).limit(8).toList()) {
            details.append("- `")
                    .append(line.replace("`", "'"), 0, Math.min(line.length(), 400))
                    .append("`\n");
        }
        criterion(
                "service log: uncaught exceptions, unexpected failures",
                uncaught.size() + ", " + unexpected.size(),
                "0, 0",
                uncaught.isEmpty() && unexpected.isEmpty());
    }

    private void spectral() throws IOException {
        JsonNode spectral = json("spectral.json");
        section("Spectral (spectral:oas) on api/openapi.json");
        details.append("Errors: ")
                .append(spectral.path("errors").asInt())
                .append(", warnings: ")
                .append(spectral.path("warnings").asInt())
                .append(".\n\n");
        criterion(
                "Spectral spectral:oas errors on api/openapi.json",
                spectral.path("errors").asText(),
                "0",
                spectral.path("errors").asInt() == 0);
        JsonNode owasp = json("spectral-owasp.json");
        details.append("With the kit's ruleset (spectral/uniform.yaml, OWASP API Security Top 10 included): errors ")
                .append(owasp.path("errors").asInt())
                .append(", warnings ")
                .append(owasp.path("warnings").asInt())
                .append(". Errors by rule: `")
                .append(owasp.path("byRule"))
                .append("`.\n\n");
        criterion(
                "Spectral with the kit's ruleset (OWASP included): errors on api/openapi.json",
                owasp.path("errors").asText(),
                "0",
                owasp.path("errors").asInt() == 0);
        JsonNode generated = json("spectral-generated.json");
        details.append("With the kit's ruleset, the documents of the services the archetype generated in the kit's")
                .append(" build: `")
                .append(generated)
                .append("`.\n\n");
        criterion(
                "Spectral with the kit's ruleset: errors on generated services' documents",
                generated.path("documents").asInt() == 0
                        ? "none found (run ./mvnw verify first)"
                        : generated.path("errors").asInt() + " in "
                                + generated.path("documents").asInt() + " documents",
                "0",
                generated.path("documents").asInt() > 0
                        && generated.path("errors").asInt() == 0);
    }

    private boolean isSmoke() throws IOException {
        return json("fuzz.json").path("smoke").asBoolean();
    }

    private void criterion(String name, String measured, String target, boolean holds) {
        criteria.add(new String[] {name, measured, target, holds ? "yes" : "**no**"});
    }

    private void section(String title) {
        details.append("## ").append(title).append("\n\n");
    }

    private void table(List<String> columns) {
        details.append("| ").append(String.join(" | ", columns)).append(" |\n|");
        columns.forEach(c -> details.append(" --- |"));
        details.append("\n");
    }

    private void row(String... cells) {
        details.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }

    private void examples(JsonNode examples) {
        for (Iterator<Map.Entry<String, JsonNode>> kinds = examples.fields(); kinds.hasNext(); ) {
            Map.Entry<String, JsonNode> kind = kinds.next();
            details.append("Examples of ").append(kind.getKey()).append(":\n\n");
            kind.getValue()
                    .forEach(example -> details.append("- `")
                            .append(example.asText().replace("`", "'").replace("\n", " "))
                            .append("`\n"));
            details.append("\n");
        }
    }

    private void examples(String what, List<JsonNode> requests) {
        if (requests.isEmpty()) {
            return;
        }
        details.append("Examples of ").append(what).append(":\n\n");
        requests.stream().limit(8).forEach(r -> details.append("- `").append(r).append("`\n"));
        details.append("\n");
    }

    private static String percent(int part, int whole) {
        return whole == 0 ? "n/a" : String.format(Locale.ROOT, "%.2f%% (%d of %d)", 100.0 * part / whole, part, whole);
    }

    private JsonNode json(String name) throws IOException {
        return Fixtures.read(Files.readString(results.resolve(name)));
    }
}
