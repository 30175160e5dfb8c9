package dev.uniform.faults;

import dev.uniform.testing.OpenApiContract;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Judges answers as a client would: is each one documented, is each error a problem, does any body reveal the
 * service's insides. Keeps counts and the first few examples of each fault.
 */
final class Judge {

    private static final int EXAMPLES = 8;

    /** Java class names, stack frames, SQL and driver messages: nothing a body of this API should ever contain. */
    private static final Pattern INTERNALS =
            Pattern.compile("(?i)(\\b(java|javax|jakarta|org|io|com)\\.[a-z0-9_]+\\.[A-Za-z0-9_.$]*(Exception|Error)\\b"
                    + "|\\bat [a-z][\\w$.]+\\([\\w$]+\\.java:\\d+\\)"
                    + "|\\bselect\\b.+\\bfrom\\b|\\binsert into\\b|\\bupdate \\w+ set\\b|SQLSTATE|\\bHR0\\d{5}"
                    + "|hibernate|vertx|netty|jackson|postgres(ql)?:|localhost:\\d{2,5})");

    private final OpenApiContract contract;
    private final Map<String, Integer> counts = new TreeMap<>();
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private final Map<String, List<String>> examples = new TreeMap<>();

    Judge(OpenApiContract contract) {
        this.contract = contract;
    }

    synchronized void record(Exchange answer) {
        count("requests");
        if (!answer.answered()) {
            count("unanswered." + answer.failure());
            example(
                    "unanswered",
                    answer.operation() + " " + answer.path() + ": " + answer.failure() + " (" + answer.body() + ")");
            return;
        }
        statuses.merge(answer.status(), 1, Integer::sum);
        if (answer.status() >= 500) {
            count("serverErrors");
            example("serverErrors", describe(answer));
        }
        if (answer.status() >= 400) {
            judgeError(answer);
        }
        if (answer.status() >= 400 && INTERNALS.matcher(answer.body()).find()) {
            count("leaks");
            example("leaks", describe(answer));
        }
        OpenApiContract.Verdict verdict =
                contract.check(answer.method(), answer.path(), answer.status(), answer.contentType(), answer.body());
        count(verdict.described() ? "described" : "notDescribed");
        if (verdict.valid()) {
            count("valid");
        } else {
            count("invalid");
            example("invalid", String.join("; ", verdict.violations()));
        }
    }

    private void judgeError(Exchange answer) {
        count("errors");
        if (answer.isProblem()) {
            count("errors.problem");
        } else if (answer.contentType() == null && answer.body().isEmpty() && fromTheCodec(answer.status())) {
            // Vert.x's HTTP codec answers these before any code of the service runs: see docs/errors.md.
            count("errors.fromTheHttpCodec");
            example("errors.fromTheHttpCodec", answer.operation() + " " + answer.status());
        } else {
            count("errors.notProblem");
            example("errors.notProblem", describe(answer));
        }
    }

    private static boolean fromTheCodec(int status) {
        return status == 400 || status == 414 || status == 431;
    }

    private void count(String name) {
        counts.merge(name, 1, Integer::sum);
    }

    private void example(String kind, String text) {
        List<String> kept = examples.computeIfAbsent(kind, k -> new ArrayList<>());
        if (kept.size() < EXAMPLES) {
            kept.add(text.length() > 400 ? text.substring(0, 400) + "..." : text);
        }
    }

    private static String describe(Exchange answer) {
        return answer.operation() + " " + answer.path() + " -> " + answer.status() + " " + answer.contentType() + " "
                + answer.body();
    }

    synchronized int count(String name, int orElse) {
        return counts.getOrDefault(name, orElse);
    }

    synchronized Map<String, Object> summary() {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("counts", new TreeMap<>(counts));
        summary.put("statuses", new TreeMap<>(statuses));
        summary.put("examples", new TreeMap<>(examples));
        return summary;
    }
}
