package dev.uniform.faults;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Many callers read the export slowly, as clients on poor links do: each with a 4 KB receive window, all connected
 * first and then sending their requests at one moment, so that the service starts every export at once. Runs in a
 * process of its own; faults/run.sh times reads by id meanwhile with wrk, from another process, against wrk's reads
 * without the readers. (The first version timed the reads in this process, beside the readers, and started them one
 * after another: it reported 6 ms against 14 while outside testers measured a p99 30 times their own.)
 */
final class SlowReaders {

    private final Target target;
    private final Client client = new Client(Duration.ofSeconds(10), 0);

    SlowReaders(Target target) {
        this.target = target;
    }

    Map<String, Object> run(int readers, int bytesPerSecond, Duration window) throws Exception {
        CountDownLatch connected = new CountDownLatch(readers);
        CountDownLatch go = new CountDownLatch(1);
        long deadline = System.nanoTime() + window.toNanos() + TimeUnit.SECONDS.toNanos(5);
        ExecutorService threads = Executors.newFixedThreadPool(readers + 1);
        List<Future<Long>> received = new ArrayList<>();
        for (int reader = 0; reader < readers; reader++) {
            received.add(threads.submit(() -> readSlowly(bytesPerSecond, window, connected, go)));
        }
        if (!connected.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the readers could not all connect in 30 s");
        }
        go.countDown();
        List<Long> readiness = Collections.synchronizedList(new ArrayList<>());
        Future<?> poller = threads.submit(() -> pollReadiness(readiness, window));
        List<Long> bytes = new ArrayList<>();
        for (Future<Long> reader : received) {
            bytes.add(reader.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
        }
        poller.get();
        threads.shutdownNow();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("readers", readers);
        result.put("bytesPerSecondEach", bytesPerSecond);
        result.put("seconds", window.toSeconds());
        result.put("bytesReceived", bytes.stream().mapToLong(Long::longValue).sum());
        result.put("fewestBytesOfOneReader", Collections.min(bytes));
        result.put("readinessChecks", readiness.size());
        result.put("readinessMaxMillis", SlowReaders.percentile(readiness, 100));
        return result;
    }

    /** Bytes this reader took in; reads at the given rate, a quarter of a second's worth at a time. */
    private long readSlowly(int bytesPerSecond, Duration window, CountDownLatch connected, CountDownLatch go)
            throws InterruptedException {
        long received = 0;
        try (Socket socket = new Socket()) {
            // A small window, as on a slow link: the server's writes back up after a few kilobytes.
            socket.setReceiveBufferSize(4096);
            socket.connect(
                    new InetSocketAddress(target.api().getHost(), target.api().getPort()));
            connected.countDown();
            go.await();
            socket.getOutputStream()
                    .write(("GET /products/export HTTP/1.1\r\nHost: localhost\r\nAccept: application/x-ndjson\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            byte[] quarter = new byte[bytesPerSecond / 4];
            long end = System.nanoTime() + window.toNanos();
            while (System.nanoTime() < end) {
                int read = in.read(quarter);
                if (read < 0) {
                    break;
                }
                received += read;
                Thread.sleep(250);
            }
        } catch (IOException refusedOrCut) {
            // Counted by what it received: a reader the service refused or cut off shows as one with fewest bytes.
        } finally {
            connected.countDown();
        }
        return received;
    }

    private Void pollReadiness(List<Long> readiness, Duration window) throws Exception {
        long end = System.nanoTime() + window.toNanos();
        while (System.nanoTime() < end) {
            Exchange ready = client.send("readiness", "GET", target.readiness(), Map.of(), null);
            readiness.add(ready.status() == 200 ? ready.millis() : Long.MAX_VALUE);
            Thread.sleep(250);
        }
        return null;
    }

    static long percentile(List<Long> values, int percentile) {
        if (values.isEmpty()) {
            return -1;
        }
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
