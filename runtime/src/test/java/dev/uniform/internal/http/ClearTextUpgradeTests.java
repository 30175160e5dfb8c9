package dev.uniform.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Clients that offer an HTTP/2 upgrade on a plain connection, as the JDK's HttpClient does by default, are answered in
 * HTTP/1.1, every time: with Vert.x's upgrade path such a loop hung.
 */
@QuarkusTest
class ClearTextUpgradeTests {

    /** Each from a client of its own, as a test or a short-lived job makes one: each offers the upgrade anew. */
    private static final int REQUESTS = 100;

    @Test
    void shouldAnswerEveryRequestOfAClientThatOffersAnHttp2Upgrade() throws Exception {
        URI document = URI.create("http://localhost:" + RestAssured.port + "/q/openapi?format=json");
        for (int i = 0; i < REQUESTS; i++) {
            HttpClient offeringAnUpgrade = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_2)
                    .connectTimeout(Duration.ofSeconds(3))
                    .build();
            HttpResponse<String> answer = offeringAnUpgrade.send(
                    HttpRequest.newBuilder(document)
                            .timeout(Duration.ofSeconds(3))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(answer.statusCode()).as("request %d", i).isEqualTo(200);
            assertThat(answer.version()).as("request %d", i).isEqualTo(HttpClient.Version.HTTP_1_1);
            assertThat(answer.body()).as("request %d", i).contains("\"openapi\"");
        }
    }
}
