package dev.uniform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A problem keeps to the limits its schema documents, whatever a service puts into it. */
class ProblemTests {

    @Test
    void shouldCutEveryMemberToItsDocumentedLimit() {
        String endless = "x".repeat(10_000);
        List<FieldViolation> violations = Collections.nCopies(500, new FieldViolation(endless, endless));

        Problem problem = new Problem(endless, endless, 400, endless, endless, violations, endless);

        assertThat(problem.type()).hasSize(Problem.MAX_NAME_LENGTH);
        assertThat(problem.title()).hasSize(Problem.MAX_NAME_LENGTH);
        assertThat(problem.detail()).hasSize(Problem.MAX_TEXT_LENGTH);
        assertThat(problem.instance()).hasSize(Problem.MAX_TEXT_LENGTH);
        assertThat(problem.requestId()).hasSize(Problem.MAX_REQUEST_ID_LENGTH);
        assertThat(problem.violations()).hasSize(Problem.MAX_VIOLATIONS);
        assertThat(problem.violations().get(0).field()).hasSize(FieldViolation.MAX_FIELD_LENGTH);
        assertThat(problem.violations().get(0).message()).hasSize(FieldViolation.MAX_MESSAGE_LENGTH);
    }

    @Test
    void shouldKeepWhatFitsAsItIs() {
        Problem problem = Problem.of(ProblemType.VALIDATION, "Field 'size' is not valid.", "/widgets", null)
                .withRequestId("abc");

        assertThat(problem.detail()).isEqualTo("Field 'size' is not valid.");
        assertThat(problem.instance()).isEqualTo("/widgets");
        assertThat(problem.requestId()).isEqualTo("abc");
        assertThat(problem.violations()).isEmpty();
        assertThat(new FieldViolation(null, "must not be null").field()).isNull();
    }
}
