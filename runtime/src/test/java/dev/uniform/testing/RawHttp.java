package dev.uniform.testing;

import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sends a request exactly as written, over a socket of its own: for request lines and headers that HTTP clients refuse
 * to send (a broken percent-encoding, a NUL in a header), as fuzzers and attackers do.
 */
public final class RawHttp {

    private RawHttp() {}

    /** A response as received: status, headers (names in lower case) and body. */
    public record Answer(int status, Map<String, String> headers, String body) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** {@code GET target} to the application under test, with {@code Connection: close}. */
    public static Answer get(String target) throws IOException {
        return send("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    }

    /** Sends {@code request} as it is and reads the response until the server closes the connection. */
    public static Answer send(String request) throws IOException {
        return parse(exchange(request));
    }

    /**
     * Sends {@code requests}, one or several one after the other on the same connection, and answers everything
     * received until the server closes it: for what a connection does after a refusal.
     */
    public static String exchange(String requests) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write(requests.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return readAll(socket.getInputStream());
        }
    }

    /** Everything until the server closes the connection; what came before a read timed out, if it never does. */
    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                received.write(buffer, 0, read);
            }
        } catch (SocketTimeoutException stillOpen) {
            if (received.size() == 0) {
                throw stillOpen;
            }
        }
        return received.toString(StandardCharsets.UTF_8);
    }

    private static Answer parse(String response) {
        int headEnd = response.indexOf("\r\n\r\n");
        String[] head = response.substring(0, headEnd).split("\r\n");
        int status = Integer.parseInt(head[0].split(" ")[1]);
        Map<String, String> headers = new TreeMap<>();
        for (int i = 1; i < head.length; i++) {
            int colon = head[i].indexOf(':');
            headers.put(
                    head[i].substring(0, colon).toLowerCase(Locale.ROOT),
                    head[i].substring(colon + 1).strip());
        }
        String body = response.substring(headEnd + 4);
        return new Answer(status, headers, "chunked".equals(headers.get("transfer-encoding")) ? unchunk(body) : body);
    }

    /** The payload of a chunked body: each chunk's length in hexadecimal, then its bytes. */
    private static String unchunk(String body) {
        StringBuilder payload = new StringBuilder();
        int at = 0;
        while (at < body.length()) {
            int lineEnd = body.indexOf("\r\n", at);
            int size = Integer.parseInt(body.substring(at, lineEnd).strip(), 16);
            if (size == 0) {
                break;
            }
            payload.append(body, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
        return payload.toString();
    }
}
