package dev.uniform.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A steady mix of reads, lists and creates from several callers, and callers that only create, each request written
 * down as a JSON line with its wall-clock time, while a poller asks for readiness four times a second. faults/run.sh
 * breaks something meanwhile and notes when; {@link Report} lines the two up.
 */
final class Load {

    private final Target target;
    private final int workers;
    private final int writers;
    private final Duration duration;
    private final Client client = new Client(Duration.ofSeconds(10), 0);
    private final Client poller = new Client(Duration.ofSeconds(5), 0);
    private final List<Long> ids = new CopyOnWriteArrayList<>();
    private final OptionalLong routingLagMillis;
    private final AtomicLong notReadySince = new AtomicLong();

    /**
     * @param routingLag when present, callers stop sending this long after readiness first fails, as a load balancer
     *     that routes by readiness stops routing to a replica that is shutting down; absent, they never stop
     * @param writers callers, beside the mixed {@code workers}, that send nothing but creates: the transactions a
     *     database outage cuts in the middle
     */
    Load(Target target, int workers, int writers, Duration duration, OptionalLong routingLag) {
        this.target = target;
        this.workers = workers;
        this.writers = writers;
        this.duration = duration;
        this.routingLagMillis = routingLag;
    }

    void run(Path requests, Path readiness) throws Exception {
        for (int i = 0; i < 20; i++) {
            ids.add(Fixtures.create(client, target, "LD"));
        }
        long deadline = System.currentTimeMillis() + duration.toMillis();
        try (BufferedWriter requestLog = Files.newBufferedWriter(requests);
                BufferedWriter readinessLog = Files.newBufferedWriter(readiness)) {
            ExecutorService callers = Executors.newFixedThreadPool(workers + writers + 1);
            SplittableRandom random = new SplittableRandom(7);
            for (int worker = 0; worker < workers + writers; worker++) {
                SplittableRandom own = random.split();
                int createShare = worker < workers ? 30 : 100;
                callers.submit(() -> callUntil(deadline, own, createShare, requestLog));
            }
            callers.submit(() -> pollUntil(deadline, readinessLog));
            callers.shutdown();
            if (!callers.awaitTermination(duration.toSeconds() + 60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the load did not end");
            }
        }
    }

    /** Sends requests until the deadline: creates at {@code createShare} percent, the rest reads and lists. */
    private Void callUntil(long deadline, SplittableRandom random, int createShare, BufferedWriter log) {
        int readShare = (100 - createShare) * 5 / 7;
        int listShare = 100 - createShare - readShare;
        while (System.currentTimeMillis() < deadline && isRouted()) {
            int roll = random.nextInt(100);
            Exchange answer;
            if (roll < readShare) {
                long id = ids.get(random.nextInt(ids.size()));
                answer = client.send("GET /products/{id}", "GET", target.api("/products/" + id), Map.of(), null);
            } else if (roll < readShare + listShare) {
                answer = client.send(
                        "GET /products", "GET", target.api("/products?size=20&sort=-price"), Map.of(), null);
            } else {
                answer = client.send(
                        "POST /products",
                        "POST",
                        target.api("/products"),
                        Fixtures.creating(target),
                        Fixtures.productBody(Fixtures.uniqueCode("LD")));
            }
            write(log, line(answer));
            if (!answer.answered()) {
                pause(50);
            }
        }
        return null;
    }

    /** Whether a load balancer would still send this replica requests. */
    private boolean isRouted() {
        long since = notReadySince.get();
        return routingLagMillis.isEmpty()
                || since == 0
                || System.currentTimeMillis() < since + routingLagMillis.getAsLong();
    }

    private Void pollUntil(long deadline, BufferedWriter log) {
        while (System.currentTimeMillis() < deadline) {
            Exchange answer = poller.send("readiness", "GET", target.readiness(), Map.of(), null);
            if (answer.status() != 200) {
                notReadySince.compareAndSet(0, answer.startedMillis());
            }
            write(log, line(answer));
            pause(250);
        }
        return null;
    }

    static ObjectNode line(Exchange answer) {
        ObjectNode line = Fixtures.JSON
                .createObjectNode()
                .put("operation", answer.operation())
                .put("startedAt", answer.startedMillis())
                .put("millis", answer.millis())
                .put("status", answer.status())
                .put("problem", answer.isProblem())
                .put("retryAfter", answer.retryAfter())
                .put("failure", answer.failure());
        if (answer.status() == 201) {
            JsonNode created = Fixtures.read(answer.body());
            line.put("createdId", created.path("id").asLong());
        }
        if (answer.operation().equals("readiness")) {
            line.put("body", answer.body());
        }
        return line;
    }

    static void write(BufferedWriter log, ObjectNode line) {
        synchronized (log) {
            try {
                log.write(line.toString());
                log.newLine();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
