package dev.uniform.faults;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Reads by id that all start at the same moment, as callers do after a deploy or in a retry storm: on an exhausted
 * pool, the ones that queue for a connection behind the others must be answered within the same budget. Each answer
 * is one JSON line, as {@link Load} writes them.
 */
final class Burst {

    private final Target target;
    private final Client client = new Client(Duration.ofSeconds(30), 0);

    Burst(Target target) {
        this.target = target;
    }

    void run(int requests, Path out) throws Exception {
        CountDownLatch ready = new CountDownLatch(requests);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService callers = Executors.newFixedThreadPool(requests);
        try (BufferedWriter log = Files.newBufferedWriter(out)) {
            for (int caller = 1; caller <= requests; caller++) {
                long id = caller;
                callers.submit(() -> {
                    ready.countDown();
                    start.await();
                    Exchange answer = client.send(
                            "GET /products/{id}", "GET", target.api("/products/" + id), target.credential(), null);
                    Load.write(log, Load.line(answer));
                    return null;
                });
            }
            ready.await();
            start.countDown();
            callers.shutdown();
            if (!callers.awaitTermination(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the burst did not end");
            }
        }
    }
}
