package dev.uniform.testing;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Fails a test that receives a response its service's own OpenAPI document does not allow: an undocumented status,
 * another media type, or a body that does not match its schema. The document is the one the service under test serves
 * at {@value #DOCUMENT_PATH}, read once per application start.
 */
public final class ResponseValidationFilter implements Filter {

    static final String DOCUMENT_PATH = "/q/openapi?format=json";

    /** HTTP/1.1: the JDK client would otherwise offer an h2c upgrade, which the service may or may not take. */
    private static final HttpClient DOCUMENT_CLIENT =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private volatile OpenApiContract contract;
    private volatile int contractPort;

    @Override
    public Response filter(
            FilterableRequestSpecification request, FilterableResponseSpecification response, FilterContext context) {
        Response received = context.next(request, response);
        URI target = URI.create(request.getURI());
        if (isDocumentRequest(target)) {
            return received;
        }
        OpenApiContract.Verdict verdict = contractFor(target)
                .check(
                        request.getMethod(),
                        target.getRawPath(),
                        received.statusCode(),
                        received.contentType(),
                        received.asString());
        if (!verdict.valid()) {
            throw new AssertionError("The response does not match the service's OpenAPI document:\n  - "
                    + String.join("\n  - ", verdict.violations()));
        }
        return received;
    }

    /** Forgets the document, so that the next response is judged by the one the application now serves. */
    public void forgetDocument() {
        contract = null;
    }

    private OpenApiContract contractFor(URI target) {
        OpenApiContract known = contract;
        if (known != null && contractPort == target.getPort()) {
            return known;
        }
        OpenApiContract loaded = OpenApiContract.of(documentAt(target));
        contract = loaded;
        contractPort = target.getPort();
        return loaded;
    }

    /** Read with a client of its own: through REST Assured, it would pass this filter again. */
    private static String documentAt(URI target) {
        URI document = target.resolve(DOCUMENT_PATH);
        try {
            HttpResponse<String> answer = DOCUMENT_CLIENT.send(
                    HttpRequest.newBuilder(document).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(document + " answered " + answer.statusCode());
            }
            return answer.body();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the OpenAPI document at " + document, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading " + document, e);
        }
    }

    private static boolean isDocumentRequest(URI target) {
        return target.getRawPath().startsWith("/q/");
    }
}
