package uk.fostering.safeguarding.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import uk.fostering.safeguarding.IntegrationTest;
import uk.fostering.safeguarding.TestConcerns;
import uk.fostering.safeguarding.process.ConcernProcess.Ids;

/** Completing a task someone else has just completed answers 409 with a plain message, and stores nothing twice. */
@IntegrationTest
class TaskCompletionConflictsTest {

    private static final String FORM = """
            {"variables":{"recordFacts":{"value":"He came back at 2am with a new phone","type":"String"}}}""";

    @Autowired
    ProcessEngine engine;
    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSecondOfTwoCompletionsOfTheSameTaskIsAConflict() {
        // given carol's record step, claimed by her
        TestConcerns concerns = new TestConcerns(engine);
        String reference = concerns.raiseInTasklist("carol",
                TestConcerns.startForm("C-1002", "Left with an older teenager after school")).getBusinessKey();
        concerns.claim(reference, Ids.RECORD_CONCERN);
        String taskId = concerns.openTask(reference, Ids.RECORD_CONCERN).getId();

        // when she submits it twice (two tabs, two nodes): the first completes it
        assertThat(submit(taskId).getStatusCode().value()).isEqualTo(204);
        ResponseEntity<String> second = submit(taskId);

        // then the second is told plainly that someone else got there first, and the record holds one entry
        assertThat(second.getStatusCode().value()).isEqualTo(409);
        assertThat(second.getBody()).contains(EngineErrors.CONFLICT).doesNotContain("ENGINE-", "Exception");
        assertThat(jdbc.queryForObject("select count(*) from concern_event e join concern c on c.id = e.concern_id "
                + "where c.reference = ? and e.type = 'RECORDED'", Integer.class, reference)).isOne();
    }

    @Test
    void anOptimisticLockingFailureOfTheEngineIsAConflictToo() throws Exception {
        // Camunda's answer when two transactions complete the same task at the very same moment
        var filter = new EngineErrors.EngineErrorFilter();
        var request = new MockHttpServletRequest("POST", "/engine-rest/task/42/complete");
        var response = new MockHttpServletResponse();

        filter.doFilter(request, response, (req, res) -> {
            ((jakarta.servlet.http.HttpServletResponse) res).setStatus(500);
            res.getOutputStream().write(("{\"type\":\"RestException\",\"message\":\"Cannot complete task 42: ENGINE-03005 "
                    + "Execution of 'UPDATE TaskEntity[42]' failed. Entity was updated by another transaction "
                    + "concurrently.\"}").getBytes(StandardCharsets.UTF_8));
        });

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(response.getContentAsString()).contains(EngineErrors.CONFLICT);
    }

    private ResponseEntity<String> submit(String taskId) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth("carol", "carol").exchange("/engine-rest/task/" + taskId + "/submit-form",
                HttpMethod.POST, new HttpEntity<>(FORM, headers), String.class);
    }
}
