package dev.uniform.faults;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Several replicas of the service on one database, every request of a round sent to all of them at once: one
 * Idempotency-Key makes one product, one If-Match lets one change through (ConcurrentChanges over the replicas), a write
 * acknowledged by one is read back by the others at once, and a caller's rate limit holds for all of them together while
 * another caller is served as before.
 */
final class Replicas {

    /** Callers per round: two per replica of three, started together. */
    static final int CALLERS = 6;

    private final List<Target> replicas;
    private final Client client = new Client(Duration.ofSeconds(10), System.currentTimeMillis());

    Replicas(List<Target> replicas) {
        this.replicas = replicas;
    }

    /** Each caller of a round sends one Idempotency-Key and body through its replica: every answer the same product. */
    Map<String, Object> idempotentCreates(int rounds) throws Exception {
        int oneProduct = 0;
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> examples = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            String key = UUID.randomUUID().toString();
            String body = Fixtures.productBody(Fixtures.uniqueCode("RI"));
            List<Exchange> answers = together(caller -> {
                // One caller, as a retry is the same caller's: keys are per caller.
                Target replica = replicaOf(caller);
                Map<String, String> headers = new HashMap<>(
                        Map.of("Authorization", "Bearer " + replica.token(), "Content-Type", "application/json"));
                headers.put("Idempotency-Key", key);
                return client.send("POST /products", "POST", replica.api("/products"), headers, body);
            });
            answers.forEach(answer -> statuses.merge(answer.status(), 1, Integer::sum));
            Set<String> ids = answers.stream()
                    .filter(answer -> answer.status() == 201)
                    .map(answer -> Fixtures.read(answer.body()).path("id").asText())
                    .collect(Collectors.toSet());
            boolean holds = ids.size() == 1 && answers.stream().allMatch(answer -> answer.status() == 201);
            oneProduct += holds ? 1 : 0;
            if (!holds && examples.size() < 5) {
                examples.add("round " + round + ": statuses "
                        + answers.stream().map(Exchange::status).toList() + ", ids " + ids);
            }
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("rounds", rounds);
        result.put("roundsWithOneProduct", oneProduct);
        result.put("statuses", statuses);
        result.put("examples", examples);
        return result;
    }

    /**
     * A product changed through each replica in turn, with the ETag the last answer gave, and read through every
     * other right after the change was acknowledged: each read has the new version.
     */
    Map<String, Object> readYourWrites(int rounds) {
        int reads = 0;
        int stale = 0;
        int failed = 0;
        List<String> examples = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            long id = Fixtures.create(client, replicas.get(0), "RW");
            String etag = "\"0\"";
            for (int writer = 0; writer < replicas.size(); writer++) {
                Target through = replicas.get(writer);
                Map<String, String> headers = new HashMap<>(Fixtures.json(through));
                headers.put("If-Match", etag);
                Exchange changed = client.send(
                        "PATCH /products/{id}",
                        "PATCH",
                        through.api("/products/" + id),
                        headers,
                        "{\"name\":\"Written through replica " + writer + "\"}");
                if (changed.status() != 200 || changed.etag() == null) {
                    failed++;
                    examples.add("PATCH through replica " + writer + ": " + changed.status());
                    break;
                }
                etag = changed.etag();
                for (int reader = 0; reader < replicas.size(); reader++) {
                    Target other = replicas.get(reader);
                    Exchange read = client.send(
                            "GET /products/{id}", "GET", other.api("/products/" + id), other.credential(), null);
                    reads++;
                    if (read.status() != 200 || !etag.equals(read.etag())) {
                        stale++;
                        if (examples.size() < 5) {
                            examples.add("written through " + writer + " as " + etag + ", read through " + reader + ": "
                                    + read.status() + " " + read.etag());
                        }
                    }
                }
            }
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("rounds", rounds);
        result.put("reads", reads);
        result.put("staleOrFailedReads", stale);
        result.put("failedWrites", failed);
        result.put("examples", examples);
        return result;
    }

    /**
     * One caller sends twice its limit through all replicas, 16 requests at a time, at the start of a window, while
     * another reads one product after another: how many got through (within 10% under the limit, never over), what
     * each replica answers the first caller afterwards, and how the other caller's reads fared beside the flood,
     * against the same flood sent without credentials (whose limit it stays far below) and against no flood at all.
     *
     * @param flooding the first caller's credentials on each replica
     * @param bystanding the other caller's
     */
    Map<String, Object> rateLimit(
            List<Target> flooding, List<Target> bystanding, int limit, int windowSeconds, int bystanderReads)
            throws Exception {
        long id = Fixtures.create(client, replicas.get(0), "RL");
        List<Long> alone = bystander(bystanding, id, bystanderReads, null);
        Flood unlimited = flood(flooding, id, 2 * limit, Map.of());
        List<Long> besideUnlimited = bystander(bystanding, id, bystanderReads, unlimited);
        unlimited.statuses();
        awaitFreshWindow(windowSeconds);
        Flood limited = flood(flooding, id, 2 * limit, null);
        List<Long> besideLimited = bystander(bystanding, id, bystanderReads, limited);
        Map<Integer, Integer> statuses = limited.statuses();

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("limit", limit);
        result.put("windowSeconds", windowSeconds);
        result.put("sent", 2 * limit);
        result.put(
                "admitted",
                statuses.entrySet().stream()
                        .filter(entry -> entry.getKey() / 100 == 2)
                        .mapToInt(Map.Entry::getValue)
                        .sum());
        result.put("statuses", statuses);
        result.put("afterwards", refusalsOf(flooding, id));
        Map<String, Object> bystander = new LinkedHashMap<>();
        bystander.put("alone", summary(alone));
        bystander.put("besideTheSameFloodWithoutCredentials", summary(besideUnlimited));
        bystander.put("besideTheFloodOverItsLimit", summary(besideLimited));
        result.put("bystander", bystander);
        return result;
    }

    /** Requests of one flood, sent by 16 threads as fast as they are answered. */
    private record Flood(ExecutorService threads, List<Future<Map<Integer, Integer>>> senders) {

        boolean done() {
            return senders.stream().allMatch(Future::isDone);
        }

        Map<Integer, Integer> statuses() throws Exception {
            Map<Integer, Integer> statuses = new TreeMap<>();
            for (Future<Map<Integer, Integer>> sender : senders) {
                sender.get().forEach((status, count) -> statuses.merge(status, count, Integer::sum));
            }
            threads.shutdown();
            return statuses;
        }
    }

    /**
     * Starts {@code requests} reads of the product through the replicas in turn, with the flooding caller's token, or
     * with {@code headers} (none: no credentials) when given.
     */
    private Flood flood(List<Target> flooding, long id, int requests, Map<String, String> headers) {
        ExecutorService threads = Executors.newFixedThreadPool(16);
        AtomicInteger next = new AtomicInteger();
        List<Future<Map<Integer, Integer>>> senders = new ArrayList<>();
        for (int thread = 0; thread < 16; thread++) {
            senders.add(threads.submit(() -> {
                Map<Integer, Integer> statuses = new TreeMap<>();
                for (int sent = next.getAndIncrement(); sent < requests; sent = next.getAndIncrement()) {
                    Target replica = flooding.get(sent % flooding.size());
                    Map<String, String> credentials =
                            headers != null ? headers : Map.of("Authorization", "Bearer " + replica.token());
                    Exchange answer =
                            client.send("GET /products/{id}", "GET", replica.api("/products/" + id), credentials, null);
                    statuses.merge(answer.status(), 1, Integer::sum);
                }
                return statuses;
            }));
        }
        return new Flood(threads, senders);
    }

    /** What each replica answers the flooding caller once its limit is spent. */
    private List<Map<String, Object>> refusalsOf(List<Target> flooding, long id) {
        List<Map<String, Object>> refusals = new ArrayList<>();
        for (Target replica : flooding) {
            Exchange answer = read(replica, id);
            Map<String, Object> refusal = new LinkedHashMap<>();
            refusal.put("replica", replica.api().toString());
            refusal.put("status", answer.status());
            refusal.put("type", Fixtures.problemType(answer.body()));
            refusal.put("retryAfter", answer.retryAfter());
            refusal.put("rateLimit", answer.rateLimit());
            refusals.add(refusal);
        }
        return refusals;
    }

    /**
     * Reads one product after another through the replicas in turn: {@code reads} of them, or beside a flood as long
     * as it lasts (a tenth of {@code reads} at least). Each read's microseconds, -status if not 200.
     */
    private List<Long> bystander(List<Target> bystanding, long id, int reads, Flood beside) {
        List<Long> micros = new ArrayList<>();
        for (int read = 0; beside == null ? read < reads : !beside.done() || read < reads / 10; read++) {
            Target replica = bystanding.get(read % bystanding.size());
            long started = System.nanoTime();
            Exchange answer = read(replica, id);
            long elapsed = (System.nanoTime() - started) / 1_000;
            micros.add(answer.status() == 200 ? elapsed : -answer.status());
        }
        return micros;
    }

    /** Reads the product through the replica with its token. */
    private Exchange read(Target replica, long id) {
        return client.send(
                "GET /products/{id}",
                "GET",
                replica.api("/products/" + id),
                Map.of("Authorization", "Bearer " + replica.token()),
                null);
    }

    /** Latency percentiles in milliseconds, of the reads answered 200, and how many were not. */
    private static Map<String, Object> summary(List<Long> micros) {
        List<Long> served = micros.stream().filter(m -> m >= 0).sorted().toList();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("reads", micros.size());
        summary.put("notServed", micros.size() - served.size());
        for (int percentile : List.of(50, 90, 99)) {
            double millis = served.isEmpty()
                    ? 0
                    : served.get(Math.min(served.size() - 1, served.size() * percentile / 100)) / 1000.0;
            summary.put("p" + percentile + "Millis", millis);
        }
        return summary;
    }

    /**
     * Waits for a window with at least two thirds of it ahead (the replicas' windows begin at whole multiples of its
     * length since the epoch, by the clock of this machine, which they share), so that the flood counts in one.
     */
    private static void awaitFreshWindow(int windowSeconds) throws InterruptedException {
        long windowMillis = windowSeconds * 1000L;
        long intoWindow = Math.floorMod(System.currentTimeMillis(), windowMillis);
        if (intoWindow > windowMillis / 3) {
            Thread.sleep(windowMillis - intoWindow + 200);
        }
    }

    private Target replicaOf(int caller) {
        return replicas.get(caller % replicas.size());
    }

    private List<Exchange> together(java.util.function.IntFunction<Exchange> request) throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
        try {
            CyclicBarrier start = new CyclicBarrier(CALLERS);
            List<Future<Exchange>> answers = new ArrayList<>();
            for (int caller = 0; caller < CALLERS; caller++) {
                int index = caller;
                Callable<Exchange> send = () -> {
                    start.await();
                    return request.apply(index);
                };
                answers.add(callers.submit(send));
            }
            List<Exchange> results = new ArrayList<>();
            for (Future<Exchange> answer : answers) {
                results.add(answer.get());
            }
            return results;
        } finally {
            callers.shutdownNow();
        }
    }

    /** The targets of {@code --apis}: one per URL, each with the same credentials. */
    static List<Target> of(String apis, String token, String apiKey) {
        List<Target> targets = new ArrayList<>();
        for (String api : apis.split(",")) {
            targets.add(new Target(URI.create(api), URI.create(api), token, apiKey));
        }
        return targets;
    }
}
