package dev.uniform.faults;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/** Sends requests over HTTP/1.1 with kept-alive connections, and turns every outcome into an {@link Exchange}. */
final class Client {

    static final int MAX_BODY = 256 * 1024;

    private final HttpClient http;
    private final Duration timeout;
    private final long epoch;

    Client(Duration timeout, long epochMillis) {
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        this.timeout = timeout;
        this.epoch = epochMillis;
    }

    /**
     * Sends one request.
     *
     * @param operation the operation's name in results, such as {@code GET /products/{id}}
     * @param body the body, or null for none
     */
    Exchange send(String operation, String method, URI uri, Map<String, String> headers, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        long started = System.currentTimeMillis();
        try {
            HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            String received = readAtMost(response);
            return Exchange.of(
                    operation, method, uri.getRawPath(), started - epoch, elapsed(started), response, received);
        } catch (HttpConnectTimeoutException | ConnectException refused) {
            return Exchange.failed(
                    operation, method, uri.getRawPath(), started - epoch, elapsed(started), Exchange.REFUSED);
        } catch (HttpTimeoutException timedOut) {
            return Exchange.failed(
                    operation, method, uri.getRawPath(), started - epoch, elapsed(started), Exchange.TIMEOUT);
        } catch (IOException broken) {
            return Exchange.failed(
                            operation,
                            method,
                            uri.getRawPath(),
                            started - epoch,
                            elapsed(started),
                            refusedOrReset(broken))
                    .because(broken);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /**
     * The body, or its first {@value #MAX_BODY} bytes: an export of the whole table answers a single request with
     * megabytes, and what the probe judges is in its first lines. Of a cut NDJSON body, the whole lines are kept.
     */
    private static String readAtMost(HttpResponse<InputStream> response) throws IOException {
        try (InputStream body = response.body()) {
            byte[] read = body.readNBytes(MAX_BODY);
            boolean cut = read.length == MAX_BODY && body.read() != -1;
            String text = new String(read, StandardCharsets.UTF_8);
            return cut && text.contains("\n") ? text.substring(0, text.lastIndexOf('\n') + 1) : text;
        }
    }

    /** The JDK client reports a refused connection inside other IOExceptions too. */
    private static String refusedOrReset(IOException broken) {
        for (Throwable cause = broken; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException) {
                return Exchange.REFUSED;
            }
        }
        return Exchange.RESET;
    }

    private static long elapsed(long started) {
        return System.currentTimeMillis() - started;
    }
}
