package dev.uniform.faults;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Requests written byte for byte on a socket of their own, for what HTTP clients refuse to send. */
final class Raw {

    private Raw() {}

    /** Sends {@code request} as it is, with {@code Connection: close}, and reads the answer to the end. */
    static Exchange send(Target target, Operation operation, String request) {
        long started = System.currentTimeMillis();
        String path = request.substring(request.indexOf(' ') + 1, request.indexOf(" HTTP/1.1"));
        String rawPath = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        try (Socket socket = new Socket(target.api().getHost(), target.api().getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            return parse(operation, rawPath, started, readAll(socket.getInputStream()));
        } catch (SocketTimeoutException timedOut) {
            return Exchange.failed(
                    operation.name(), operation.method(), rawPath, 0, elapsed(started), Exchange.TIMEOUT);
        } catch (IOException broken) {
            return Exchange.failed(operation.name(), operation.method(), rawPath, 0, elapsed(started), Exchange.RESET);
        }
    }

    private static Exchange parse(Operation operation, String rawPath, long started, byte[] response) {
        // One character per byte, so that chunk sizes, which count bytes, count characters; the payload is UTF-8.
        String text = new String(response, StandardCharsets.ISO_8859_1);
        int headEnd = text.indexOf("\r\n\r\n");
        if (headEnd < 0) {
            return Exchange.failed(operation.name(), operation.method(), rawPath, 0, elapsed(started), Exchange.RESET);
        }
        String[] head = text.substring(0, headEnd).split("\r\n");
        int status = Integer.parseInt(head[0].split(" ")[1]);
        String contentType = null;
        String retryAfter = null;
        boolean chunked = false;
        for (int i = 1; i < head.length; i++) {
            String name = head[i].substring(0, head[i].indexOf(':')).strip().toLowerCase(Locale.ROOT);
            String value = head[i].substring(head[i].indexOf(':') + 1).strip();
            switch (name) {
                case "content-type" -> contentType = value;
                case "retry-after" -> retryAfter = value;
                case "transfer-encoding" -> chunked = value.equalsIgnoreCase("chunked");
                default -> {}
            }
        }
        String body = text.substring(headEnd + 4);
        return new Exchange(
                operation.name(),
                operation.method(),
                rawPath,
                0,
                elapsed(started),
                status,
                contentType,
                retryAfter,
                null,
                null,
                utf8(chunked ? unchunk(body) : body),
                null);
    }

    /**
     * The payload of a chunked body, given one character per byte: chunk sizes in hexadecimal, each followed by its
     * bytes.
     */
    static String unchunk(String body) {
        StringBuilder payload = new StringBuilder();
        int at = 0;
        while (at < body.length()) {
            int lineEnd = body.indexOf("\r\n", at);
            if (lineEnd < 0) {
                break;
            }
            int size =
                    Integer.parseInt(body.substring(at, lineEnd).split(";")[0].strip(), 16);
            if (size == 0) {
                break;
            }
            int start = lineEnd + 2;
            payload.append(body, start, Math.min(body.length(), start + size));
            at = start + size + 2;
        }
        return payload.toString();
    }

    static String utf8(String bytes) {
        return new String(bytes.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        in.transferTo(received);
        return received.toByteArray();
    }

    private static long elapsed(long started) {
        return System.currentTimeMillis() - started;
    }
}
