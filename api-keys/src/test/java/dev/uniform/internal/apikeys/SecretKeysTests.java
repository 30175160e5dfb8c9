package dev.uniform.internal.apikeys;

import static dev.uniform.internal.apikeys.ApiKeysTests.assertRefused;
import static dev.uniform.internal.apikeys.ApiKeysTests.withKey;
import static dev.uniform.internal.apikeys.IssuedKeys.adminToken;
import static dev.uniform.internal.apikeys.IssuedKeys.issue;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.uniform.internal.apikeys.testapp.ThingResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A key appears in the response that issues it and nowhere else: not in a log line (at DEBUG, for this library and
 * Quarkus's security), not in a problem body, not in a metric.
 */
@QuarkusTest
class SecretKeysTests {

    private final List<String> logged = Collections.synchronizedList(new ArrayList<>());
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            // The message's format and its parameters: whatever the formatter makes of them comes from these.
            logged.add(record.getLoggerName() + " " + record.getMessage() + " "
                    + Arrays.deepToString(record.getParameters()) + " " + thrownText(record.getThrown()));
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeEach
    void captureLogs() {
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void stopCapturing() {
        Logger.getLogger("").removeHandler(capture);
    }

    @Test
    void shouldNeverLogShowOrCountAKey() {
        JsonPath issued = issue("secret", List.of(ThingResource.WRITE), null);
        String key = issued.getString("key");
        String secret = key.substring(21);
        String mistyped = key.substring(0, key.length() - 1) + (key.endsWith("x") ? "y" : "x");

        withKey(key).post("/things").then().statusCode(200);
        withKey(key).delete("/things").then().statusCode(403);
        String refusal = assertRefused(mistyped, "is not an API key").extract().asString();
        given().auth()
                .oauth2(adminToken())
                .delete("/api-keys/" + issued.getString("id"))
                .then()
                .statusCode(200);
        String listing = given().auth()
                .oauth2(adminToken())
                .get("/api-keys")
                .then()
                .extract()
                .asString();
        String metrics =
                given().get("/q/metrics").then().statusCode(200).extract().asString();

        assertThat(logged).as("log lines captured").isNotEmpty();
        assertThat(String.join("\n", logged)).doesNotContain(secret).doesNotContain(mistyped.substring(21));
        assertThat(refusal).doesNotContain(mistyped.substring(21));
        assertThat(listing).contains(issued.getString("id")).doesNotContain(secret);
        assertThat(metrics).contains("http_server_requests").doesNotContain(secret);
    }

    private static String thrownText(Throwable thrown) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            text.append(cause).append(' ');
        }
        return text.toString();
    }
}
