package uk.fostering.safeguarding.concern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.nio.charset.StandardCharsets;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.fostering.safeguarding.IntegrationTest;
import uk.fostering.safeguarding.TestConcerns;
import uk.fostering.safeguarding.TestMail;
import uk.fostering.safeguarding.process.ConcernProcess.FollowUpFields;
import uk.fostering.safeguarding.process.ConcernProcess.Ids;
import uk.fostering.safeguarding.shared.RiskLevel;

/**
 * A concern raised and worked through Tasklist's forms: everything typed about the child ends up
 * in the concern record, and none of it in any of Camunda's runtime or history tables.
 */
@IntegrationTest
class NarrativeStaysOutOfTheEngineTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(TestMail.SMTP).withPerMethodLifecycle(false);

    @Autowired
    ProcessEngine engine;
    @Autowired
    ConcernRepository concerns;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyTypedTextIsInTheRecordAndNowhereInCamunda() throws SQLException {
        TestConcerns tasklist = new TestConcerns(engine);
        List<String> secrets = new ArrayList<>();

        // given carol raises a concern with the start form
        String summary = secret(secrets, "summary");
        ProcessInstance instance = tasklist.raiseInTasklist("carol", TestConcerns.startForm("C-1001", summary));
        String reference = instance.getBusinessKey();
        assertThat(reference).matches("SC-\\d{4}-\\d{6}");

        // when every step is completed through its form, with a long text among them
        tasklist.complete(reference, Ids.RECORD_CONCERN, Map.of("recordFacts", secret(secrets, "facts"),
                "recordChildWords", secret(secrets, "words"), "recordCarerView", secret(secrets, "view") + "x".repeat(3900)));
        tasklist.complete(reference, Ids.ADVISE_CARER, Map.of("adviceToCarer", secret(secrets, "advice"),
                "consentConsidered", true, "talkWithChild", "YES", "talkGuidance", secret(secrets, "guidance")));
        tasklist.runDueJobs(reference);
        tasklist.complete(reference, Ids.DECIDE_NEXT_STEPS, Map.of("decision", "STRATEGY_DISCUSSION",
                "decisionReasons", secret(secrets, "reasons")));
        tasklist.complete(reference, Ids.CONVENE_STRATEGY_DISCUSSION, TestConcerns.with(Map.of(
                FollowUpFields.POLICE_TOOK_PART, true, FollowUpFields.HEALTH_TOOK_PART, true, FollowUpFields.SECTION_47, "NO",
                FollowUpFields.DISCUSSION_OUTCOME, secret(secrets, "outcome")), FollowUpFields.DISCUSSION_HELD_AT,
                ClockUtil.getCurrentTime().toInstant().minus(Duration.ofHours(1))));
        tasklist.complete(reference, Ids.TALK_WITH_CHILD, Map.of("talkNotes", secret(secrets, "talk")));
        tasklist.complete(reference, Ids.SHARE_DECISION_AND_CLOSE, Map.of("decisionShared", true,
                "closingNote", secret(secrets, "closing")));

        // then the record holds it all
        Concern concern = concerns.findByReference(reference).orElseThrow();
        assertThat(concern.getStatus()).isEqualTo(ConcernStatus.CLOSED);
        assertThat(concern.getSummary()).isEqualTo(summary);
        assertThat(concern.getTalkGuidance()).startsWith("secret-guidance");
        assertThat(concern.getDecision()).isEqualTo(NextStep.STRATEGY_DISCUSSION);
        assertThat(concern.getRiskLevel()).isEqualTo(RiskLevel.MEDIUM);

        // and the emails carry no narrative and no name either
        assertThat(mail.getReceivedMessages()).isNotEmpty().allSatisfy(message -> {
            String raw = com.icegreen.greenmail.util.GreenMailUtil.getWholeMessage(message);
            assertThat(raw).doesNotContain("Jess", "Marlow");
            secrets.forEach(secret -> assertThat(raw).doesNotContain(secret));
        });

        // and no Camunda table holds any of it, nor the child's name
        List<String> leaks = camundaCellsContaining(secrets.toArray(String[]::new));
        leaks.addAll(camundaCellsContaining("Jess", "Marlow"));
        assertThat(leaks).isEmpty();
    }

    @Test
    void invalidStartFormIsRejectedAndChangesNothing() {
        TestConcerns tasklist = new TestConcerns(engine);
        long concernsBefore = concerns.count();
        long instancesBefore = engine.getRuntimeService().createProcessInstanceQuery().count();

        Map<String, Object> form = new java.util.HashMap<>(TestConcerns.startForm("C-1001", "too short"));
        form.put("summary", "short");
        assertThatThrownBy(() -> tasklist.raiseInTasklist("carol", form)).hasMessageContaining("summary");
        assertThatThrownBy(() -> tasklist.raiseInTasklist("frank", TestConcerns.startForm("C-1001", "About someone else's child")))
                .hasMessageContaining("not found");

        assertThat(concerns.count()).isEqualTo(concernsBefore);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(instancesBefore);
    }

    @Test
    void invalidCompletionIsRejectedAndTheTaskStaysOpen() {
        TestConcerns tasklist = new TestConcerns(engine);
        String reference = tasklist.raiseInTasklist("carol", TestConcerns.startForm("C-1001", "Seen with an older man"))
                .getBusinessKey();

        assertThatThrownBy(() -> tasklist.complete(reference, Ids.RECORD_CONCERN, Map.of("recordFacts", " ")))
                .hasMessageContaining("facts");

        assertThat(tasklist.openTask(reference, Ids.RECORD_CONCERN)).isNotNull();
        assertThat(concerns.findByReference(reference).orElseThrow().getRecordedAt()).isNull();
    }

    private static String secret(List<String> secrets, String name) {
        String text = "secret-" + name + "-" + java.util.UUID.randomUUID();
        secrets.add(text);
        return text;
    }

    /** Every cell of every ACT_ table, binary ones decoded, that contains one of the texts. */
    private List<String> camundaCellsContaining(String... texts) throws SQLException {
        List<String> found = new ArrayList<>();
        // H2 keeps unquoted names in upper case, PostgreSQL in lower case: compare in upper case for both
        List<String> tables = jdbc.queryForList("select upper(table_name) from information_schema.tables "
                + "where upper(table_schema) = 'PUBLIC' and upper(table_name) like 'ACT\\_%' escape '\\'", String.class);
        assertThat(tables).contains("ACT_RU_VARIABLE", "ACT_HI_VARINST", "ACT_HI_DETAIL", "ACT_GE_BYTEARRAY");
        for (String table : tables) {
            for (Map<String, Object> row : jdbc.queryForList("select * from " + table)) {
                for (Map.Entry<String, Object> cell : row.entrySet()) {
                    String value = asText(cell.getValue());
                    for (String text : texts) {
                        if (value != null && value.contains(text)) {
                            found.add(table + "." + cell.getKey() + " contains " + text);
                        }
                    }
                }
            }
        }
        return found;
    }

    private static String asText(Object value) throws SQLException {
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        if (value instanceof Blob blob) {
            return new String(blob.getBytes(1, (int) blob.length()), StandardCharsets.UTF_8);
        }
        if (value instanceof Clob clob) {
            return clob.getSubString(1, (int) clob.length());
        }
        return value == null ? null : value.toString();
    }
}
