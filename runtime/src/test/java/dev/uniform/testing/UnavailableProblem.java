package dev.uniform.testing;

import static org.hamcrest.Matchers.equalTo;

import dev.uniform.problem.Problem;
import dev.uniform.problem.ProblemType;
import io.restassured.builder.ResponseSpecBuilder;
import io.restassured.specification.ResponseSpecification;

/** What a request gets when the database cannot serve it now: a 503 problem that says when to retry. */
public final class UnavailableProblem {

    /** The answer, with the test application's Retry-After (the default, 5 s). */
    public static final ResponseSpecification ANSWER = new ResponseSpecBuilder()
            .expectStatusCode(503)
            .expectContentType(Problem.MEDIA_TYPE)
            .expectHeader("Retry-After", "5")
            .expectBody("type", equalTo(ProblemType.UNAVAILABLE.uri()))
            .expectBody("status", equalTo(503))
            .build();

    private UnavailableProblem() {}
}
