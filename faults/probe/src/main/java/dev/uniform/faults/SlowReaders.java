package dev.uniform.faults;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Many callers read the export slowly, as clients on poor links do, while others read single products: the slow ones
 * must not slow the rest down. Measures get-by-id latency and the service's CPU without the readers, then with them.
 */
final class SlowReaders {

    private static final int LATENCY_CALLERS = 8;

    private final Target target;
    private final OptionalLong pid;
    private final Client client = new Client(Duration.ofSeconds(10), 0);

    SlowReaders(Target target, OptionalLong pid) {
        this.target = target;
        this.pid = pid;
    }

    Map<String, Object> run(int readers, int bytesPerSecond, Duration window, long maxId) throws Exception {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("readers", readers);
        result.put("bytesPerSecondEach", bytesPerSecond);
        result.put("without", measure(window, maxId));
        AtomicBoolean reading = new AtomicBoolean(true);
        AtomicLong received = new AtomicLong();
        ExecutorService readerThreads = Executors.newFixedThreadPool(readers);
        for (int reader = 0; reader < readers; reader++) {
            readerThreads.submit(() -> readSlowly(bytesPerSecond, reading, received));
        }
        Thread.sleep(3_000);
        long before = received.get();
        Map<String, Object> with = measure(window, maxId);
        with.put("exportBytesPerSecond", (received.get() - before) / Math.max(1, window.toSeconds()));
        result.put("with", with);
        reading.set(false);
        readerThreads.shutdownNow();
        readerThreads.awaitTermination(30, TimeUnit.SECONDS);
        return result;
    }

    /** get-by-id latencies from a few callers in a closed loop, readiness latencies, and the service's CPU. */
    private Map<String, Object> measure(Duration window, long maxId) throws Exception {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        List<Long> readiness = Collections.synchronizedList(new ArrayList<>());
        long deadline = System.currentTimeMillis() + window.toMillis();
        long cpuBefore = cpuMillis();
        ExecutorService callers = Executors.newFixedThreadPool(LATENCY_CALLERS + 1);
        SplittableRandom random = new SplittableRandom(3);
        for (int caller = 0; caller < LATENCY_CALLERS; caller++) {
            SplittableRandom own = random.split();
            callers.submit(() -> {
                while (System.currentTimeMillis() < deadline) {
                    long id = own.nextLong(1, maxId + 1);
                    Exchange read =
                            client.send("GET /products/{id}", "GET", target.api("/products/" + id), Map.of(), null);
                    latencies.add(read.answered() ? read.millis() : Long.MAX_VALUE);
                }
                return null;
            });
        }
        callers.submit(() -> {
            while (System.currentTimeMillis() < deadline) {
                Exchange ready = client.send("readiness", "GET", target.readiness(), Map.of(), null);
                readiness.add(ready.status() == 200 ? ready.millis() : Long.MAX_VALUE);
                Thread.sleep(250);
            }
            return null;
        });
        callers.shutdown();
        callers.awaitTermination(window.toSeconds() + 30, TimeUnit.SECONDS);
        long cpu = cpuMillis() - cpuBefore;
        Map<String, Object> measured = new LinkedHashMap<>();
        measured.put("requests", latencies.size());
        measured.put("p50Millis", percentile(latencies, 50));
        measured.put("p99Millis", percentile(latencies, 99));
        measured.put("maxMillis", percentile(latencies, 100));
        measured.put("readinessMaxMillis", percentile(readiness, 100));
        measured.put("serviceCpuShare", pid.isPresent() ? cpu / (double) window.toMillis() : null);
        return measured;
    }

    private Void readSlowly(int bytesPerSecond, AtomicBoolean reading, AtomicLong received) throws IOException {
        try (Socket socket = new Socket()) {
            // A small window, as on a slow link: the server's writes back up after a few kilobytes.
            socket.setReceiveBufferSize(4096);
            socket.connect(
                    new InetSocketAddress(target.api().getHost(), target.api().getPort()));
            socket.getOutputStream()
                    .write(("GET /products/export HTTP/1.1\r\nHost: localhost\r\nAccept: application/x-ndjson\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            byte[] chunk = new byte[bytesPerSecond / 4];
            while (reading.get()) {
                int read = in.read(chunk);
                if (read < 0) {
                    return null;
                }
                received.addAndGet(read);
                Thread.sleep(250);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    }

    private long cpuMillis() throws IOException {
        if (pid.isEmpty()) {
            return 0;
        }
        // Fields 14 and 15 of /proc/PID/stat, user and system time in clock ticks (100 a second on Linux); counted
        // after the command name, which may hold spaces.
        String stat = Files.readString(Path.of("/proc", String.valueOf(pid.getAsLong()), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
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
