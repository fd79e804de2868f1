package uk.fostering.safeguarding.carer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.fostering.safeguarding.IntegrationTest;
import uk.fostering.safeguarding.TasklistLogin;
import uk.fostering.safeguarding.TestRegistry;
import uk.fostering.safeguarding.process.ConcernProcess;
import uk.fostering.safeguarding.shared.ServiceTime;

/** The carers' own pages over HTTP, signed in with the Tasklist login: who sees what, validation, tokens, steps. */
@IntegrationTest
class CarerPagesTest {

    /** Children of carol's made for these tests, so that no other test's concerns get in the way. */
    private static final String CHILD = "C-9601";
    private static final String OTHER_CHILD = "C-9602";
    private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([0-9a-f]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProcessEngine engine;

    @BeforeEach
    void children() {
        child(CHILD, "Robin", "Pagetest", "carol");
        child(OTHER_CHILD, "Sky", "Othertest", "frank");
    }

    private void child(String id, String first, String last, String carer) {
        TestRegistry.placeChild(jdbc, id, first, last, "2011-02-03", carer, "sophie");
    }

    @Test
    void aCarerSeesOnlyTheirOwnChildrenAnotherChildIsNotFoundLikeOneThatDoesNotExist() throws Exception {
        TasklistLogin carol = TasklistLogin.signIn(port, "carol");

        HttpResponse<String> page = carol.get("/carer");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Your children", "Jess Marlow", "Tyler Brooks", "Robin Pagetest",
                "/carer/children/C-1001/concern", "/carer/children/C-1001/missing", "Your steps")
                .doesNotContain("Kayla", "Sky Othertest");

        HttpResponse<String> franks = carol.get("/carer/children/" + OTHER_CHILD + "/concern");
        HttpResponse<String> nobodys = carol.get("/carer/children/C-0000/concern");
        assertThat(franks.statusCode()).isEqualTo(404);
        assertThat(nobodys.statusCode()).isEqualTo(404);
        assertThat(franks.body()).isEqualTo(nobodys.body()).doesNotContain("Sky", OTHER_CHILD);
        assertThat(carol.get("/carer/children/" + OTHER_CHILD + "/missing").statusCode()).isEqualTo(404);
        assertThat(carol.get("/carer/children/" + OTHER_CHILD + "/back").statusCode()).isEqualTo(404);
    }

    @Test
    void someoneWhoIsNotACarerGetsAPlain403AndSomeoneNotSignedInIsAskedToSignIn() throws Exception {
        HttpResponse<String> sam = TasklistLogin.signIn(port, "sam").get("/carer");
        assertThat(sam.statusCode()).isEqualTo(403);
        assertThat(sam.body()).contains("These pages are for foster carers").doesNotContain("Jess");
        assertThat(TasklistLogin.signIn(port, "sam").get("/carer/steps").statusCode()).isEqualTo(403);

        HttpResponse<String> anonymous = TasklistLogin.anonymousGet(port, "/carer");
        assertThat(anonymous.body()).contains("Sign in first").doesNotContain("Jess");
    }

    @Test
    void aConcernRaisedOnThePagesIsStoredAsTypedAndItsRecordStepOpensPrefilledClaimedAndCompletes() throws Exception {
        TasklistLogin carol = TasklistLogin.signIn(port, "carol");
        LocalDateTime seen = LocalDateTime.now(ServiceTime.ZONE).minusHours(3).truncatedTo(ChronoUnit.MINUTES);
        String summary = "Came home with a new phone and would not say who gave it " + System.nanoTime();

        String reference = raise(carol, summary, seen);

        Map<String, Object> stored = jdbc.queryForMap("select child_id, category, summary, observed_at, raised_by "
                + "from concern where reference = ?", reference);
        assertThat(stored.get("CHILD_ID")).isEqualTo(CHILD);
        assertThat(stored.get("SUMMARY")).isEqualTo(summary);
        assertThat(instant(stored.get("OBSERVED_AT"))).isEqualTo(seen.atZone(ServiceTime.ZONE).toInstant());
        assertThat(stored.get("RAISED_BY")).isEqualTo("carol");
        assertThat(carol.get("/carer/children/" + CHILD + "/concern/sent").body()).contains("Concern sent", reference,
                "What happens next", "/carer/steps");

        // the step is listed with its concern and child, and opening it claims it and shows the summary to build on
        Task record = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(reference)
                .taskDefinitionKey(ConcernProcess.Ids.RECORD_CONCERN).singleResult();
        assertThat(carol.get("/carer/steps").body()).contains("Record the concern", reference, "Robin Pagetest",
                "/carer/steps/" + record.getId());
        HttpResponse<String> step = carol.get("/carer/steps/" + record.getId());
        assertThat(step.statusCode()).isEqualTo(200);
        // pre-filled, and topped by what to do should the child start to tell
        assertThat(step.body()).contains(summary, "If the child starts to tell you");
        assertThat(engine.getTaskService().createTaskQuery().taskId(record.getId()).singleResult().getAssignee())
                .isEqualTo("carol");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where reference = ? and actor = 'carol' "
                + "and action = 'VIEWED' and detail = 'carer step page'", Integer.class, reference)).isEqualTo(1);

        // another carer, and a step that does not exist, get the same not found
        HttpResponse<String> frank = TasklistLogin.signIn(port, "frank").get("/carer/steps/" + record.getId());
        HttpResponse<String> none = carol.get("/carer/steps/no-such-step");
        assertThat(frank.statusCode()).isEqualTo(404);
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(frank.body()).isEqualTo(none.body()).doesNotContain(summary, reference);

        // saving completes the step with the record kept apart
        HttpResponse<String> saved = carol.postForm("/carer/steps/" + record.getId(), form(Map.of("_csrf", token(step),
                "recordFacts", summary + " It was a new iPhone.", "recordChildWords", "A friend lent it me")));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith("/carer/steps/" + record.getId() + "/done");
        assertThat(jdbc.queryForObject("select record_facts from concern where reference = ?", String.class, reference))
                .isEqualTo(summary + " It was a new iPhone.");
        assertThat(carol.get("/carer/steps/" + record.getId() + "/done").body()).contains("Record the concern: done");
        // saved twice (a double tap): nothing more happens, the confirmation again
        HttpResponse<String> again = carol.postForm("/carer/steps/" + record.getId(), form(Map.of("_csrf", token(step),
                "recordFacts", "Something else")));
        assertThat(again.statusCode()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select record_facts from concern where reference = ?", String.class, reference))
                .isEqualTo(summary + " It was a new iPhone.");
    }

    @Test
    void invalidAnswersNameTheirFieldsAndChangeNothing() throws Exception {
        TasklistLogin carol = TasklistLogin.signIn(port, "carol");
        String summary = "Picked up by a grey car after school " + System.nanoTime();
        int concernsBefore = concernsOfChild();
        long processesBefore = engine.getHistoryService().createHistoricProcessInstanceQuery().count();

        String token = startRaise(carol);
        details(carol, token, Map.of("category", "CSE", "summary", summary, "observedAtDay", "31",
                "observedAtMonth", "2", "observedAtYear", "2026", "observedAtTime", "19:41"));
        HttpResponse<String> refused = carol.postForm(base() + "/check", form(Map.of("_csrf", token)));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("If the child starts to tell you");
        assertThat(refused.body()).contains("There is a problem", "href=\"#observedAtDay\"",
                "Enter a real day you saw or heard it: February 2026 has 28 days", "govuk-form-group--error",
                "value=\"31\"", summary);

        // then too short a summary, with the date put right: the summary's own sentence, linked to its field
        details(carol, token, Map.of("category", "CSE", "summary", "Car", "observedAtDay", "1",
                "observedAtMonth", "2", "observedAtYear", "2026", "observedAtTime", "7:5"));
        HttpResponse<String> time = carol.postForm(base() + "/check", form(Map.of("_csrf", token)));
        assertThat(time.statusCode()).isEqualTo(400);
        assertThat(time.body()).contains("href=\"#observedAtTime\"", "on the 24-hour clock, for example 19:41");
        details(carol, token, Map.of("category", "CSE", "summary", "Car", "observedAtDay", "1",
                "observedAtMonth", "2", "observedAtYear", "2026", "observedAtTime", "07:05"));
        HttpResponse<String> shortSummary = carol.postForm(base() + "/check", form(Map.of("_csrf", token)));
        assertThat(shortSummary.statusCode()).isEqualTo(400);
        assertThat(shortSummary.body()).contains("href=\"#summary\"",
                "Enter what you saw or heard, in at least 10 characters and no more than 4,000")
                .doesNotContain("size must be");

        assertThat(concernsOfChild()).isEqualTo(concernsBefore);
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count()).isEqualTo(processesBefore);
    }

    @Test
    void aFormPostedWithoutTheSessionsTokenChangesNothing() throws Exception {
        TasklistLogin carol = TasklistLogin.signIn(port, "carol");
        int before = concernsOfChild();
        String token = startRaise(carol);
        details(carol, token, Map.of("category", "CSE", "summary", "Seen with older men at the station " + System.nanoTime(),
                "observedAtDay", "1", "observedAtMonth", "2", "observedAtYear", "2026", "observedAtTime", "10:00"));

        HttpResponse<String> noToken = carol.postForm(base() + "/check", "");
        HttpResponse<String> wrongToken = carol.postForm(base() + "/check", form(Map.of("_csrf", "0".repeat(64))));
        // a token from another person's session is no better
        String franks = token(TasklistLogin.signIn(port, "frank").get("/carer/children/" + OTHER_CHILD + "/concern"));
        HttpResponse<String> othersToken = carol.postForm(base() + "/check", form(Map.of("_csrf", franks)));

        for (HttpResponse<String> refused : new HttpResponse[] {noToken, wrongToken, othersToken}) {
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.body()).contains("The page was out of date", "Nothing was sent");
        }
        assertThat(concernsOfChild()).isEqualTo(before);
    }

    @Test
    void theSameConcernSentTwiceIsStoredOnce() throws Exception {
        TasklistLogin carol = TasklistLogin.signIn(port, "carol");
        LocalDateTime seen = LocalDateTime.now(ServiceTime.ZONE).minusHours(5).truncatedTo(ChronoUnit.MINUTES);
        String summary = "Stayed out overnight and came back with cash " + System.nanoTime();
        String reference = raise(carol, summary, seen);
        int after = concernsOfChild();

        // the send pressed again: the confirmation again, nothing sent
        HttpResponse<String> twice = carol.postForm(base() + "/check",
                form(Map.of("_csrf", token(carol.get("/carer/children/C-1001/missing")))));
        assertThat(twice.statusCode()).isEqualTo(302);
        assertThat(twice.headers().firstValue("Location").orElseThrow()).endsWith(base() + "/sent");

        // the same answers in a new journey: the intake's duplicate check refuses it, and the page names the first one
        String token = startRaise(carol);
        details(carol, token, details(summary, seen));
        HttpResponse<String> duplicate = carol.postForm(base() + "/check", form(Map.of("_csrf", token)));
        assertThat(duplicate.statusCode()).isEqualTo(409);
        assertThat(duplicate.body()).contains("You have sent this concern already", reference);
        assertThat(concernsOfChild()).isEqualTo(after);
    }

    @Test
    void aChildInDangerRaisesTheQuestionOfThePoliceWhoseAnswersAreCheckedAndStoredAsTyped() throws Exception {
        TasklistLogin carol = TasklistLogin.signIn(port, "carol");
        LocalDateTime seen = LocalDateTime.now(ServiceTime.ZONE).minusHours(1).truncatedTo(ChronoUnit.MINUTES);
        LocalDateTime called = seen.plusMinutes(20);
        // the next calendar day: seen + 24 hours is still today just after midnight, and a future time today is put
        // to the time field, not the day
        LocalDateTime tomorrow = LocalDate.now(ServiceTime.ZONE).plusDays(1).atTime(12, 0);
        String summary = "Two men tried to make her get into their van " + System.nanoTime();

        // "in danger right now": the police question comes next, and must be answered
        String token = token(carol.get(base()));
        HttpResponse<String> danger = carol.postForm(base(), form(Map.of("_csrf", token, "immediateDanger", "yes")));
        assertThat(danger.headers().firstValue("Location").orElseThrow()).endsWith(base() + "/police");
        assertThat(carol.get(base() + "/police").body()).contains("Have you called the police on 999?");
        // the time and the reference are asked only after a yes, on a page of their own
        assertThat(carol.get(base() + "/police/call").headers().firstValue("Location").orElseThrow())
                .endsWith(base() + "/police");
        HttpResponse<String> unanswered = carol.postForm(base() + "/police", form(Map.of("_csrf", token)));
        assertThat(unanswered.statusCode()).isEqualTo(400);
        assertThat(unanswered.body()).contains("There is a problem", "href=\"#policeCalled\"",
                "Select yes if you have called the police on 999");

        // a call "tomorrow" goes as far as the service, which refuses it on the page of the call, naming the day
        police(carol, token, "", called(tomorrow, "CAD 77/01DEC"));
        details(carol, token, details(summary, seen));
        HttpResponse<String> future = carol.postForm(base() + "/check", form(Map.of("_csrf", token)));
        assertThat(future.statusCode()).isEqualTo(400);
        assertThat(future.body()).contains("When did you call the police?", "href=\"#policeCalledAtDay\"",
                "not in the future", "value=\"CAD 77/01DEC\"");
        assertThat(concernsOfChild(summary)).isZero();

        // put right from "Check your answers", the call and its reference are stored as typed
        police(carol, token, "check", called(called, "CAD 77/01DEC"));
        assertThat(carol.get(base() + "/check").body()).contains("Police called (999)", "When you called",
                "%d/%d/%d at %02d:%02d".formatted(called.getDayOfMonth(), called.getMonthValue(), called.getYear(),
                        called.getHour(), called.getMinute()), "CAD 77/01DEC", base() + "/police?change",
                base() + "/police/call?change");
        HttpResponse<String> sent = carol.postForm(base() + "/check", form(Map.of("_csrf", token)));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
        Map<String, Object> stored = jdbc.queryForMap("select police_called, police_called_at, police_reference from "
                + "concern where summary = ?", summary);
        assertThat(stored.get("POLICE_CALLED")).isEqualTo(true);
        assertThat(instant(stored.get("POLICE_CALLED_AT"))).isEqualTo(called.atZone(ServiceTime.ZONE).toInstant());
        assertThat(stored.get("POLICE_REFERENCE")).isEqualTo("CAD 77/01DEC");
    }

    @Test
    void noDangerAfterAllForgetsThePoliceAnswers() throws Exception {
        TasklistLogin carol = TasklistLogin.signIn(port, "carol");
        LocalDateTime seen = LocalDateTime.now(ServiceTime.ZONE).minusHours(2).truncatedTo(ChronoUnit.MINUTES);
        String summary = "Came home in a taxi nobody paid for " + System.nanoTime();
        String token = token(carol.get(base()));
        carol.postForm(base(), form(Map.of("_csrf", token, "immediateDanger", "yes")));
        police(carol, token, "", Map.of("policeCalled", "no", "policeReference", "typed then hidden"));
        details(carol, token, details(summary, seen));

        // when the carer changes the danger answer to no from "Check your answers"
        HttpResponse<String> changed = carol.postForm(base(), form(Map.of("_csrf", token, "immediateDanger", "no",
                "from", "check")));
        assertThat(changed.headers().firstValue("Location").orElseThrow()).endsWith(base() + "/check");

        // then the police are no longer asked about, and nothing of them is sent
        assertThat(carol.get(base() + "/check").body()).doesNotContain("Police called");
        assertThat(carol.postForm(base() + "/check", form(Map.of("_csrf", token))).statusCode()).isEqualTo(302);
        assertThat(jdbc.queryForMap("select police_called, police_reference from concern where summary = ?", summary))
                .containsEntry("POLICE_CALLED", null).containsEntry("POLICE_REFERENCE", null);
    }

    private static Map<String, String> called(LocalDateTime at, String reference) {
        return Map.of("policeCalled", "yes", "policeCalledAtDay", String.valueOf(at.getDayOfMonth()),
                "policeCalledAtMonth", String.valueOf(at.getMonthValue()), "policeCalledAtYear", String.valueOf(at.getYear()),
                "policeCalledAtTime", "%02d:%02d".formatted(at.getHour(), at.getMinute()), "policeReference", reference);
    }

    /** The police question answered, and after a yes the page of the call; ends where the journey goes next. */
    private void police(TasklistLogin carol, String token, String from, Map<String, String> answers) throws Exception {
        String called = answers.get("policeCalled");
        HttpResponse<String> posted = carol.postForm(base() + "/police", form(Map.of("_csrf", token, "from", from,
                "policeCalled", called)));
        if (called.equals("yes")) {
            Map<String, String> call = new LinkedHashMap<>(answers);
            call.remove("policeCalled");
            call.put("_csrf", token);
            call.put("from", from);
            posted = carol.postForm(base() + "/police/call", form(call));
        }
        assertThat(posted.headers().firstValue("Location").orElseThrow())
                .endsWith(base() + (from.isEmpty() ? "/details" : "/check"));
    }

    private int concernsOfChild(String summary) {
        return jdbc.queryForObject("select count(*) from concern where summary = ?", Integer.class, summary);
    }

    /** The whole raise on the pages; answers the reference from the confirmation. */
    private String raise(TasklistLogin carol, String summary, LocalDateTime seen) throws Exception {
        String token = startRaise(carol);
        details(carol, token, details(summary, seen));
        HttpResponse<String> check = carol.get(base() + "/check");
        assertThat(check.body()).contains("Check your answers", summary, "Sexual exploitation",
                "%d/%d/%d at %02d:%02d".formatted(seen.getDayOfMonth(), seen.getMonthValue(), seen.getYear(),
                        seen.getHour(), seen.getMinute()));
        HttpResponse<String> sent = carol.postForm(base() + "/check", form(Map.of("_csrf", token)));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
        Matcher reference = Pattern.compile("SC-\\d{4}-\\d{6}").matcher(carol.get(base() + "/sent").body());
        assertThat(reference.find()).isTrue();
        return reference.group();
    }

    private static Map<String, String> details(String summary, LocalDateTime seen) {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("category", "CSE");
        answers.put("summary", summary);
        answers.put("observedAtDay", String.valueOf(seen.getDayOfMonth()));
        answers.put("observedAtMonth", String.valueOf(seen.getMonthValue()));
        answers.put("observedAtYear", String.valueOf(seen.getYear()));
        answers.put("observedAtTime", "%02d:%02d".formatted(seen.getHour(), seen.getMinute()));
        answers.put("indicators", "UNEXPLAINED_GIFTS");
        return answers;
    }

    /** The danger question answered "no"; answers the session's token. */
    private String startRaise(TasklistLogin carol) throws Exception {
        HttpResponse<String> question = carol.get(base());
        assertThat(question.statusCode()).isEqualTo(200);
        assertThat(question.body()).contains("in danger right now", "999");
        String token = token(question);
        HttpResponse<String> answered = carol.postForm(base(), form(Map.of("_csrf", token, "immediateDanger", "no")));
        assertThat(answered.headers().firstValue("Location").orElseThrow()).endsWith(base() + "/details");
        return token;
    }

    private void details(TasklistLogin carol, String token, Map<String, String> answers) throws Exception {
        Map<String, String> fields = new LinkedHashMap<>(answers);
        fields.put("_csrf", token);
        HttpResponse<String> posted = carol.postForm(base() + "/details", form(fields));
        assertThat(posted.headers().firstValue("Location").orElseThrow()).endsWith(base() + "/check");
    }

    private static String base() {
        return "/carer/children/" + CHILD + "/concern";
    }

    private int concernsOfChild() {
        return jdbc.queryForObject("select count(*) from concern where child_id = ?", Integer.class, CHILD);
    }

    private static String token(HttpResponse<String> page) {
        Matcher token = TOKEN.matcher(page.body());
        assertThat(token.find()).as("a form token on " + page.uri()).isTrue();
        return token.group(1);
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static Instant instant(Object value) {
        return value instanceof java.sql.Timestamp t ? t.toInstant()
                : value instanceof java.time.OffsetDateTime o ? o.toInstant() : (Instant) value;
    }
}
