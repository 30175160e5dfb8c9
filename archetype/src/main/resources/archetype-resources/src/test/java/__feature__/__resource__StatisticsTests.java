#parse( "/archetype-resources/names.vm" )
package ${package}.${feature};

import static ${package}.${feature}.${resource}Fixtures.create;
import static ${package}.${feature}.${resource}Fixtures.uniquePrefix;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** Figures read by concurrent queries, each on its own session: right, and safe under parallel load. */
@QuarkusTest
class ${resource}StatisticsTests {

    private static final String PATH = "/${resourcePath}/statistics";

    @Test
    void shouldCountByStatusAndSpanTheWholePriceRange() {
        JsonPath before = statistics();
        String prefix = uniquePrefix();
        create(prefix + "-1", "Cheapest", "0.01", "ACTIVE");
        create(prefix + "-2", "Dearest", "9999999999.99", "ACTIVE");
        create(prefix + "-3", "Unfinished", "10.00", "DRAFT");

        JsonPath after = statistics();

        assertThat(after.getLong("total") - before.getLong("total")).isEqualTo(3);
        assertThat(after.getLong("byStatus.ACTIVE") - before.getLong("byStatus.ACTIVE")).isEqualTo(2);
        assertThat(after.getLong("byStatus.DRAFT") - before.getLong("byStatus.DRAFT")).isEqualTo(1);
        assertThat(after.getLong("byStatus.ARCHIVED")).isEqualTo(before.getLong("byStatus.ARCHIVED"));
        Map<String, Long> byStatus = after.getMap("byStatus", String.class, Long.class);
        assertThat(byStatus.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(after.getLong("total"));
        assertThat(new BigDecimal(after.getString("lowestPrice"))).isEqualByComparingTo("0.01");
        assertThat(new BigDecimal(after.getString("highestPrice"))).isEqualByComparingTo("9999999999.99");
        assertThat(new BigDecimal(after.getString("averagePrice"))).isBetween(new BigDecimal("0.01"), new BigDecimal("9999999999.99"));
    }

    /** Many requests at once, each running two queries at once: no session is ever shared between them. */
    @Test
    void shouldAnswerParallelRequestsWithoutSessionErrors() throws Exception {
        create(uniquePrefix(), "Counted", "7.00", "ACTIVE");
        JsonPath expected = statistics();
        List<LogRecord> problems = new CopyOnWriteArrayList<>();
        Handler recorder = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    problems.add(record);
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger root = Logger.getLogger("");
        root.addHandler(recorder);
        ExecutorService callers = Executors.newFixedThreadPool(16);
        try {
            List<Callable<String>> requests = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                requests.add(() -> given().when().get(PATH).then().statusCode(200).extract().asString());
            }
            for (Future<String> body : callers.invokeAll(requests)) {
                assertThat(JsonPath.from(body.get()).getLong("total")).isEqualTo(expected.getLong("total"));
            }
        } finally {
            callers.shutdownNow();
            root.removeHandler(recorder);
        }

        assertThat(problems)
                .extracting(${resource}StatisticsTests::describe)
                .noneMatch(logged -> logged.contains("HR000069") || logged.contains("Illegal pop"));
    }

    /** A log record with every cause of what it carries: where Hibernate Reactive names the misuse. */
    private static String describe(LogRecord record) {
        StringBuilder logged = new StringBuilder(record.getLoggerName() + ": " + record.getMessage());
        for (Throwable cause = record.getThrown(); cause != null; cause = cause.getCause()) {
            logged.append(" <- ").append(cause);
        }
        return logged.toString();
    }

    private static JsonPath statistics() {
        // Prices as exact decimals: 9999999999.99 as a double would read 1.0E10.
        return given().when()
                .get(PATH)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }
}
