package dev.uniform.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Eight callers change the same product at the same moment, with the same If-Match, round after round, for DELETE,
 * PUT and PATCH: exactly one may succeed, every other one must be answered, none with a 5xx. Given several replicas,
 * the callers of a round are spread over them.
 */
final class ConcurrentChanges {

    static final int CALLERS = 8;

    private final Client client;
    private final List<Target> replicas;
    private final Judge judge;

    ConcurrentChanges(List<Target> replicas, Judge judge) {
        this.client = new Client(Duration.ofSeconds(5), System.currentTimeMillis());
        this.replicas = replicas;
        this.judge = judge;
    }

    /** Per method: rounds, rounds with exactly one success, unanswered, 5xx, statuses seen. */
    Map<String, Object> run(int rounds) throws Exception {
        Map<String, Object> results = new LinkedHashMap<>();
        ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
        try {
            for (String method : List.of("DELETE", "PUT", "PATCH")) {
                results.put(method, rounds(method, rounds, callers));
            }
        } finally {
            callers.shutdownNow();
        }
        return results;
    }

    private Map<String, Object> rounds(String method, int rounds, ExecutorService callers) throws Exception {
        int exactlyOne = 0;
        int unanswered = 0;
        int serverErrors = 0;
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (int round = 0; round < rounds; round++) {
            List<Exchange> answers = round(method, callers);
            long successes = answers.stream().filter(a -> a.status() / 100 == 2).count();
            exactlyOne += successes == 1 ? 1 : 0;
            for (Exchange answer : answers) {
                unanswered += answer.answered() ? 0 : 1;
                serverErrors += answer.status() >= 500 ? 1 : 0;
                statuses.merge(answer.status(), 1, Integer::sum);
                judge.record(answer);
            }
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("rounds", rounds);
        result.put("roundsWithExactlyOneSuccess", exactlyOne);
        result.put("requests", rounds * CALLERS);
        result.put("unansweredWithin5s", unanswered);
        result.put("serverErrors", serverErrors);
        result.put("statuses", statuses);
        return result;
    }

    private List<Exchange> round(String method, ExecutorService callers) throws Exception {
        long id = Fixtures.create(client, replicas.get(0), "CC");
        CyclicBarrier start = new CyclicBarrier(CALLERS);
        List<Future<Exchange>> answers = new ArrayList<>();
        for (int caller = 0; caller < CALLERS; caller++) {
            int index = caller;
            answers.add(callers.submit(() -> {
                start.await();
                return change(method, id, index);
            }));
        }
        List<Exchange> results = new ArrayList<>();
        for (Future<Exchange> answer : answers) {
            results.add(answer.get());
        }
        return results;
    }

    private Exchange change(String method, long id, int caller) {
        Target target = replicas.get(caller % replicas.size());
        Map<String, String> headers = new HashMap<>(Fixtures.json(target));
        headers.put("If-Match", "\"0\"");
        String body = switch (method) {
            case "PUT" -> Fixtures.productBody(Fixtures.uniqueCode("CC" + caller));
            case "PATCH" -> "{\"name\":\"Changed by caller " + caller + "\"}";
            default -> null;
        };
        return client.send(method + " /products/{id}", method, target.api("/products/" + id), headers, body);
    }
}
