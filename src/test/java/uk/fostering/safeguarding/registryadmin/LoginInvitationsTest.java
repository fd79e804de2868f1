package uk.fostering.safeguarding.registryadmin;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.fostering.safeguarding.IntegrationTest;
import uk.fostering.safeguarding.TasklistLogin;
import uk.fostering.safeguarding.TestMail;
import uk.fostering.safeguarding.process.People;
import uk.fostering.safeguarding.registry.Roles;

/**
 * Logins made with the registry: a carer added on the managers' page gets an invitation (GreenMail), follows its
 * one-time link, sets a password and signs in to Tasklist; the link works once and expires; "Forgotten your
 * password?" answers the same for any address and is throttled; someone who leaves cannot sign in and loses the
 * session they had.
 */
@IntegrationTest
class LoginInvitationsTest {

    private static final AtomicInteger RUNS = new AtomicInteger();
    private static final Pattern LINK = Pattern.compile(Pattern.quote(TestMail.BASE_URL) + "(/password/[A-Za-z0-9_-]{43})");
    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([0-9a-f]+)\"");
    private static final String PASSWORD = "correct horse battery";

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(TestMail.SMTP);

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    IdentityService identityService;
    @Autowired
    People people;

    private String p;

    @BeforeEach
    void aHousehold() {
        p = "inv" + (char) ('a' + RUNS.getAndIncrement() % 26);
        put("households", "{\"household_id\":\"H-" + p + "\",\"name\":\"The " + p + " household\",\"ssw_id\":\"sam\"}");
    }

    @AfterEach
    void clock() {
        ClockUtil.reset();
    }

    @Test
    void aCarerAddedOnThePageIsInvitedSetsTheirOwnPasswordOnceAndSignsInToTasklist() throws Exception {
        TasklistLogin mark = TasklistLogin.signIn(port, "mark");
        HttpResponse<String> added = post(mark, "/manage/carers/add", "user_id=" + p + "amy&first_name=Amy&last_name="
                + "Stone&email=" + p + "amy@example.org&household_id=H-" + p
                + "&approved_from-day=4&approved_from-month=5&approved_from-year=2021");
        assertThat(added.statusCode()).isEqualTo(302);
        assertThat(added.headers().firstValue("Location").orElseThrow()).contains("/manage/carers?saved=" + p + "amy",
                "invited=sent");
        assertThat(identityService.createUserQuery().userId(p + "amy").memberOfGroup("foster-carers").count())
                .isEqualTo(1);

        MimeMessage invitation = onlyEmailTo(p + "amy@example.org");
        String text = TestMail.text(invitation);
        assertThat(text).contains("set your password", p + "amy").doesNotContain("Jess", "Tyler", "C-10");
        String link = link(invitation);
        String token = link.substring(link.lastIndexOf('/') + 1);
        assertThat(jdbc.queryForList("select token_hash from login_link where user_id = ?", String.class, p + "amy"))
                .hasSize(1).noneMatch(stored -> stored.contains(token));

        TasklistLogin browser = TasklistLogin.opened(port, "tasklist");
        HttpResponse<String> form = browser.get(link);
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("Create your password", p + "amy", "12 characters or more");

        HttpResponse<String> tooShort = post(browser, link, "password=short&confirm=short", form.body());
        assertThat(tooShort.statusCode()).isEqualTo(400);
        assertThat(tooShort.body()).contains("There is a problem", "href=\"#password\"",
                "Password must be 12 characters or more");
        HttpResponse<String> done = post(browser, link, "password=" + enc(PASSWORD) + "&confirm=" + enc(PASSWORD),
                form.body());
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body()).contains("Your password is set");

        assertThat(TasklistLogin.signIn(port, p + "amy", "tasklist", PASSWORD).get("/carer").statusCode()).isEqualTo(200);
        HttpResponse<String> again = TasklistLogin.opened(port, "tasklist").get(link);
        assertThat(again.statusCode()).isEqualTo(404);
        assertThat(again.body()).contains("This link no longer works").doesNotContain(p + "amy");
        assertThat(audit(p + "amy")).contains("LOGIN_LINK_SENT", "PASSWORD_SET");
    }

    @Test
    void aLinkExpiresAfter72HoursOnTheEngineClock() throws Exception {
        put("staff", "{\"user_id\":\"" + p + "sw\",\"team\":\"north\",\"role\":\"SOCIAL_WORKER\",\"first_name\":\"Sol\","
                + "\"last_name\":\"Worker\",\"email\":\"" + p + "sw@example.org\"}");
        String link = link(onlyEmailTo(p + "sw@example.org"));
        assertThat(identityService.createUserQuery().userId(p + "sw").memberOfGroup("childrens-social-workers").count())
                .isEqualTo(1);

        ClockUtil.setCurrentTime(Date.from(ClockUtil.now().toInstant().plus(Duration.ofHours(71))));
        assertThat(TasklistLogin.opened(port, "tasklist").get(link).statusCode()).isEqualTo(200);
        ClockUtil.setCurrentTime(Date.from(ClockUtil.now().toInstant().plus(Duration.ofHours(2))));
        TasklistLogin late = TasklistLogin.opened(port, "tasklist");
        HttpResponse<String> expired = late.get(link);
        assertThat(expired.statusCode()).isEqualTo(404);
        assertThat(expired.body()).contains("This link no longer works");
    }

    @Test
    void forgottenPasswordAnswersTheSameForAnyAddressSendsANewLinkAndIsThrottled() throws Exception {
        put("staff", "{\"user_id\":\"" + p + "rt\",\"team\":\"north\",\"role\":\"RETURN_INTERVIEWER\","
                + "\"first_name\":\"Ria\",\"last_name\":\"Tell\",\"email\":\"" + p + "rt@example.org\"}");
        String invitation = link(onlyEmailTo(p + "rt@example.org"));

        TasklistLogin anyone = TasklistLogin.opened(port, "tasklist");
        HttpResponse<String> page = anyone.get("/password/forgotten");
        HttpResponse<String> known = post(anyone, "/password/forgotten", "email=" + p.toUpperCase() + "RT@example.org",
                page.body());
        HttpResponse<String> unknown = post(anyone, "/password/forgotten", "email=nobody-" + p + "@example.org",
                page.body());
        assertThat(known.statusCode()).isEqualTo(200);
        assertThat(unknown.statusCode()).isEqualTo(200);
        assertThat(known.body()).isEqualTo(unknown.body()).contains("Check your email");

        MimeMessage[] emails = mail.getReceivedMessages();
        assertThat(emails).hasSize(2);
        String reset = link(emails[1]);
        assertThat(TestMail.text(emails[1])).contains("set a new password");
        assertThat(reset).isNotEqualTo(invitation);
        assertThat(anyone.get(invitation).statusCode()).as("the newer link replaces the invitation").isEqualTo(404);
        assertThat(anyone.get(reset).statusCode()).isEqualTo(200);

        HttpResponse<String> bad = post(anyone, "/password/forgotten", "email=not-an-address", page.body());
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("There is a problem", "href=\"#email\"");

        // three asks for one address within an hour from one place; the fourth waits
        post(anyone, "/password/forgotten", "email=" + p + "rt@example.org", page.body());
        post(anyone, "/password/forgotten", "email=" + p + "rt@example.org", page.body());
        HttpResponse<String> fourth = post(anyone, "/password/forgotten", "email=" + p + "rt@example.org", page.body());
        assertThat(fourth.statusCode()).isEqualTo(429);
        assertThat(fourth.headers().firstValue("Retry-After")).isPresent();
        assertThat(fourth.body()).contains("Try again in");
        assertThat(post(anyone, "/password/forgotten", "email=x", "").statusCode()).as("no form token").isEqualTo(403);
    }

    @Test
    void aLeaverCannotSignInAndTheSessionTheyHadEndsAtItsNextRequest() throws Exception {
        // a social worker: a duty team member left behind would be emailed by other tests' out-of-hours concerns
        put("staff", "{\"user_id\":\"" + p + "ed\",\"team\":\"children\",\"role\":\"SOCIAL_WORKER\",\"first_name\":\"Ed\","
                + "\"last_name\":\"Left\",\"email\":\"" + p + "ed@example.org\"}");
        String link = link(onlyEmailTo(p + "ed@example.org"));
        TasklistLogin browser = TasklistLogin.opened(port, "tasklist");
        HttpResponse<String> form = browser.get(link);
        post(browser, link, "password=" + enc(PASSWORD) + "&confirm=" + enc(PASSWORD), form.body());

        TasklistLogin session = TasklistLogin.signIn(port, p + "ed", "tasklist", PASSWORD);
        assertThat(session.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(200);
        assertThat(basic(p + "ed", "/engine-rest/task?maxResults=10").statusCode()).isEqualTo(200);
        assertThat(people.membersOf(Roles.SOCIAL_WORKERS)).contains(p + "ed");

        TasklistLogin mark = TasklistLogin.signIn(port, "mark");
        String endForm = mark.get("/manage/staff/end?key=" + p + "ed").body();
        LocalDate today = LocalDate.now(uk.fostering.safeguarding.shared.ServiceTime.ZONE);
        HttpResponse<String> ended = post(mark, "/manage/staff/end", "key=" + p + "ed&left_on-day=" + today.getDayOfMonth()
                + "&left_on-month=" + today.getMonthValue() + "&left_on-year=" + today.getYear(), endForm);
        assertThat(ended.statusCode()).isEqualTo(302);

        assertThat(session.get("/camunda/api/admin/auth/user/default").statusCode()).as("the session ended")
                .isNotEqualTo(200);
        assertThat(basic(p + "ed", "/engine-rest/task?maxResults=10").statusCode()).isEqualTo(401);
        assertThat(basic(p + "ed", "/api/concerns").statusCode()).isEqualTo(401);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> TasklistLogin.signIn(port, p + "ed", "tasklist", PASSWORD));
        // still in the group (a leaving date may be ahead), but offered no step and sent no email from that day
        assertThat(people.membersOf(Roles.SOCIAL_WORKERS)).doesNotContain(p + "ed");
        assertThat(audit(p + "ed")).contains("ACCESS_ENDS", "SESSION_ENDED", "SIGN_IN_REFUSED");
        assertThat(jdbc.queryForObject("select actor from audit_event where reference = ? and action = 'ACCESS_ENDS'",
                String.class, "user:" + p + "ed")).isEqualTo("mark");
    }

    @Test
    void theManagersFormsShowTheRegistrysRulesInTheErrorSummary() throws Exception {
        put("children", "{\"child_id\":\"K-" + p + "\",\"first_name\":\"Rue\",\"last_name\":\"Form\",\"date_of_birth\":"
                + "\"2015-05-05\",\"local_authority\":\"NORTHSHIRE\",\"social_worker_id\":\"leon\"}");
        TasklistLogin mark = TasklistLogin.signIn(port, "mark");
        String placement = "child_id=K-" + p + "&household_id=H-" + p + "&kind=SHORT_TERM";

        HttpResponse<String> beforeBirth = post(mark, "/manage/placements/add", placement
                + "&from-day=1&from-month=1&from-year=2010");
        assertThat(beforeBirth.statusCode()).isEqualTo(400);
        assertThat(beforeBirth.body()).contains("There is a problem", "href=\"#from-day\"",
                "Start date is before the child&#39;s date of birth (5 May 2015)");

        assertThat(post(mark, "/manage/placements/add", placement + "&from-day=6&from-month=1&from-year=2025")
                .statusCode()).isEqualTo(302);
        HttpResponse<String> twoMain = post(mark, "/manage/placements/add", "child_id=K-" + p + "&household_id=H-" + p
                + "&kind=LONG_TERM&from-day=1&from-month=2&from-year=2025");
        assertThat(twoMain.body()).contains("one main placement at a time");

        HttpResponse<String> notReal = post(mark, "/manage/placements/add", placement
                + "&from-day=31&from-month=2&from-year=2025");
        assertThat(notReal.body()).contains("Start date must be a real date");

        HttpResponse<String> twoHouseholds = post(mark, "/manage/carers/change", "key=carol&household_id=H-" + p
                + "&approved_from-day=1&approved_from-month=1&approved_from-year=2020");
        assertThat(twoHouseholds.statusCode()).isEqualTo(400);
        assertThat(twoHouseholds.body()).contains("href=\"#household_id\"", "a carer belongs to one household");

        HttpResponse<String> notAnSsw = post(mark, "/manage/households/add", "household_id=H-" + p
                + "x&name=X&ssw_id=leon");
        assertThat(notAnSsw.body()).contains("href=\"#ssw_id\"", "Supervising social worker is not a supervising social worker");

        HttpResponse<String> noEmail = post(mark, "/manage/staff/add", "user_id=" + p + "new&team=t&role=SSW");
        assertThat(noEmail.body()).contains("href=\"#email\"", "a new person&#39;s login needs");
        assertThat(identityService.createUserQuery().userId(p + "new").count()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from staff_member where user_id = ?", Integer.class, p + "new"))
                .isZero();

        HttpResponse<String> list = mark.get("/manage/placements");
        assertThat(list.body()).contains("Rue Form with The " + p + " household", "6 January 2025", "Short-term");
        assertThat(post(mark, "/manage/staff/add", "user_id=x", "").statusCode()).as("no form token").isEqualTo(403);
    }

    @Test
    void endingAHouseholdDeregistersEachOfItsCarersOnThatDay() throws Exception {
        for (String carer : List.of("one", "two")) {
            put("carers", "{\"user_id\":\"" + p + carer + "\",\"household_id\":\"H-" + p + "\",\"approved_from\":"
                    + "\"2020-01-06\",\"first_name\":\"C\",\"last_name\":\"" + carer + "\",\"email\":\"" + p + carer
                    + "@example.org\"}");
        }
        TasklistLogin mark = TasklistLogin.signIn(port, "mark");
        String endForm = mark.get("/manage/households/end?key=H-" + p).body();
        assertThat(endForm).contains("Carers deregistered on");
        HttpResponse<String> tooEarly = post(mark, "/manage/households/end", "key=H-" + p
                + "&approved_to-day=1&approved_to-month=1&approved_to-year=2019", endForm);
        assertThat(tooEarly.statusCode()).isEqualTo(400);
        assertThat(tooEarly.body()).contains("href=\"#approved_to-day\"", "Carers deregistered on is before");
        assertThat(post(mark, "/manage/households/end", "key=H-" + p
                + "&approved_to-day=1&approved_to-month=6&approved_to-year=2025", endForm).statusCode()).isEqualTo(302);
        assertThat(jdbc.queryForList("select approved_to from carer where household_id = ?", LocalDate.class, "H-" + p))
                .containsExactly(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 1));
        assertThat(audit(p + "two")).contains("ACCESS_ENDS");
    }

    // ---- helpers ----

    private void put(String part, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        int status = http.withBasicAuth("mark", "mark").exchange("/api/registry/" + part, HttpMethod.PUT,
                new HttpEntity<>(json, headers), String.class).getStatusCode().value();
        assertThat(status).as(part + " " + json).isEqualTo(200);
    }

    /** A form post with the form token of a page the browser got (the managers' index if none is given). */
    private HttpResponse<String> post(TasklistLogin browser, String path, String form) throws Exception {
        return post(browser, path, form, browser.get("/manage/staff/add").body());
    }

    private HttpResponse<String> post(TasklistLogin browser, String path, String form, String pageWithToken)
            throws Exception {
        Matcher token = FORM_TOKEN.matcher(pageWithToken);
        String withToken = token.find() ? form + "&_csrf=" + token.group(1) : form;
        return browser.postForm(path.startsWith("http") ? path.substring(TestMail.BASE_URL.length()) : path, withToken);
    }

    private MimeMessage onlyEmailTo(String address) throws Exception {
        List<MimeMessage> to = java.util.Arrays.stream(mail.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(address);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        assertThat(to).hasSize(1);
        return to.get(0);
    }

    /** The email's one-time link, as a path on this server. */
    private static String link(MimeMessage email) {
        Matcher link = LINK.matcher(TestMail.text(email));
        assertThat(link.find()).as("a password link in the email").isTrue();
        return link.group(1);
    }

    private HttpResponse<String> basic(String user, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD)
                        .getBytes(StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private List<String> audit(String userId) {
        return jdbc.queryForList("select action from audit_event where reference = ? order by id", String.class,
                "user:" + userId);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
