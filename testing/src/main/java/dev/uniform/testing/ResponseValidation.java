package dev.uniform.testing;

import io.quarkus.test.junit.callback.QuarkusTestBeforeClassCallback;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import java.util.List;

/**
 * Puts {@link ResponseValidationFilter} in front of every REST Assured call of every {@code @QuarkusTest}: a service
 * gets it by having this library in test scope, with no change to its tests. Before each test class, that is after
 * each start of the application, the filter reads the document anew.
 */
public final class ResponseValidation implements QuarkusTestBeforeClassCallback {

    private static final ResponseValidationFilter FILTER = new ResponseValidationFilter();

    @Override
    public void beforeClass(Class<?> testClass) {
        FILTER.forgetDocument();
        // One filter in all: each start of the application may load this class anew, REST Assured only once.
        List<Filter> others = RestAssured.filters().stream()
                .filter(filter -> !filter.getClass().getName().equals(ResponseValidationFilter.class.getName()))
                .toList();
        RestAssured.replaceFiltersWith(others);
        RestAssured.filters(FILTER);
    }
}
