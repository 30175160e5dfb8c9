package dev.uniform.faults;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one run of wrk with {@code --latency} printed: the percentiles of its latency distribution, the requests it
 * sent, and those that failed: socket errors (timeouts included) and answers 500 or above, which faults/run.sh's
 * script counts and prints as {@code Server errors: N} (a 404 for a product an earlier scenario deleted is no fault).
 */
record WrkRun(Map<Integer, Double> percentileMillis, long requests, long failed) {

    private static final Pattern PERCENTILE = Pattern.compile("(?m)^\\s+(\\d+)%\\s+([\\d.]+)(us|ms|s)\\s*$");
    private static final Pattern REQUESTS = Pattern.compile("(?m)^\\s+(\\d+) requests in ");
    private static final Pattern SOCKET_ERRORS =
            Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");
    private static final Pattern SERVER_ERRORS = Pattern.compile("(?m)^Server errors: (\\d+)$");

    static WrkRun parse(String output) {
        Map<Integer, Double> percentiles = new LinkedHashMap<>();
        Matcher percentile = PERCENTILE.matcher(output);
        while (percentile.find()) {
            double value = Double.parseDouble(percentile.group(2));
            double millis = switch (percentile.group(3)) {
                case "us" -> value / 1000;
                case "s" -> value * 1000;
                default -> value;
            };
            percentiles.put(Integer.parseInt(percentile.group(1)), millis);
        }
        Matcher requests = REQUESTS.matcher(output);
        if (percentiles.isEmpty() || !requests.find()) {
            throw new IllegalArgumentException("not the output of wrk --latency: " + output);
        }
        long failed = 0;
        Matcher socketErrors = SOCKET_ERRORS.matcher(output);
        if (socketErrors.find()) {
            for (int group = 1; group <= 4; group++) {
                failed += Long.parseLong(socketErrors.group(group));
            }
        }
        Matcher serverErrors = SERVER_ERRORS.matcher(output);
        if (!serverErrors.find()) {
            throw new IllegalArgumentException("wrk ran without the script that counts server errors: " + output);
        }
        failed += Long.parseLong(serverErrors.group(1));
        return new WrkRun(percentiles, Long.parseLong(requests.group(1)), failed);
    }

    double p99() {
        return percentileMillis.getOrDefault(99, Double.NaN);
    }
}
