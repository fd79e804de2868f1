package uk.fostering.safeguarding.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;
import uk.fostering.safeguarding.IntegrationTest;
import uk.fostering.safeguarding.TasklistLogin;
import uk.fostering.safeguarding.TestMail;
import uk.fostering.safeguarding.audit.Audit;
import uk.fostering.safeguarding.audit.AuditEvent;
import uk.fostering.safeguarding.registry.Roles;
import uk.fostering.safeguarding.security.process.AdministratorsHoldNoRole;

/**
 * Finding 4 of issue 12: an administrator added himself to fostering-managers and reset sophie's
 * password, and nobody was told. Now an administrator holds no role that sees concerns, through
 * either door, and what an administrator does to a person's login is audited and emailed.
 */
@IntegrationTest
class AdministratorRulesTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(TestMail.SMTP);

    @Autowired
    TestRestTemplate http;
    @Autowired
    IdentityService identityService;
    @Autowired
    Audit audit;
    @Autowired
    AdministratorsHoldNoRole startUpCheck;
    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"/engine-rest/group/fostering-managers/members/admin",
            "/engine-rest/engine/default/group/fostering-managers/members/admin",
            "/engine-rest/group/fostering%2Dmanagers/members/adm%69n",
            "/engine-rest/group/fostering-managers;x=1/members/admin/",
            "/engine-rest//group/childrens-social-workers/members/admin"})
    void anAdministratorCannotJoinARoleThatSeesConcerns(String path) {
        // as sent, not encoded again by the template
        ResponseEntity<String> answer = as("admin").exchange(RequestEntity.put(URI.create("http://localhost:" + port
                + path)).build(), String.class);

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getBody()).contains("An administrator cannot also hold a role that sees concerns");
        assertThat(groupsOf("admin")).containsExactlyInAnyOrder("camunda-admin", Roles.OPERATIONS);
    }

    @Test
    void someoneWhoSeesConcernsCannotBecomeAnAdministrator() {
        ResponseEntity<String> answer = as("admin").exchange("/engine-rest/group/camunda-admin/members/sophie",
                HttpMethod.PUT, null, String.class);

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getBody()).contains("sophie is in childrens-social-workers");
        assertThat(groupsOf("sophie")).containsExactly("childrens-social-workers");
    }

    @Test
    void theAdminWebappsDoorRefusesTheSame() throws Exception {
        TasklistLogin admin = TasklistLogin.signIn(port, "admin", "admin");

        HttpResponse<String> join = admin.send("PUT",
                "/camunda/api/engine/engine/default/group/fostering-managers/members/admin", null);
        HttpResponse<String> promote = admin.send("PUT",
                "/camunda/api/engine/engine/default/group/camunda-admin/members/mark", null);

        assertThat(join.statusCode()).isEqualTo(400);
        assertThat(join.body()).contains("cannot also hold a role");
        assertThat(promote.statusCode()).isEqualTo(400);
        assertThat(groupsOf("admin")).containsExactlyInAnyOrder("camunda-admin", Roles.OPERATIONS);
        assertThat(groupsOf("mark")).containsExactly("fostering-managers");
        assertThat(mail.getReceivedMessages()).isEmpty();
    }

    @Test
    void aPasswordResetByAnAdministratorIsAuditedAndEmailedToTheRegisteredManagerAndThePerson() throws Exception {
        int before = trail("sophie").size();
        try {
            ResponseEntity<String> answer = as("admin").exchange("/engine-rest/user/sophie/credentials", HttpMethod.PUT,
                    json("{\"password\": \"Temporary-2026-pass\", \"authenticatedUserPassword\": \"admin\"}"),
                    String.class);

            assertThat(answer.getStatusCode().value()).isEqualTo(204);
            assertThat(trail("sophie")).hasSize(before + 1).last().satisfies(line -> {
                assertThat(line.getActor()).isEqualTo("admin");
                assertThat(line.getAction()).isEqualTo("PASSWORD_CHANGED");
                assertThat(line.getDetail()).isEqualTo("password changed");
            });
            List<MimeMessage> emails = emails(2);
            assertThat(emails).extracting(AdministratorRulesTest::to)
                    .containsExactlyInAnyOrder("rachel@example.org", "sophie@example.org");
            assertThat(emails).allSatisfy(email -> assertThat(GreenMailUtil.getWholeMessage(email))
                    .contains("sophie", "password changed", "admin", "/camunda/app/admin/default/#/users/edit/sophie")
                    .doesNotContain("Temporary-2026-pass"));
        } finally {
            User sophie = identityService.createUserQuery().userId("sophie").singleResult();
            sophie.setPassword("sophie");
            identityService.saveUser(sophie);
        }
    }

    @Test
    void groupChangesThroughAdminAreAuditedAndEmailed() throws Exception {
        TasklistLogin admin = TasklistLogin.signIn(port, "admin", "admin");
        String member = "/camunda/api/engine/engine/default/group/return-interviewers/members/leon";

        HttpResponse<String> joined = admin.send("PUT", member, null);
        assertThat(joined.statusCode()).as(joined.body()).isEqualTo(204);
        // the notices follow the answer: let them finish before the next change
        emails(2);
        HttpResponse<String> left = admin.send("DELETE", member, null);
        assertThat(left.statusCode()).as(left.body()).isEqualTo(204);

        assertThat(trail("leon")).extracting(AuditEvent::getActor, AuditEvent::getAction, AuditEvent::getDetail)
                .containsSubsequence(tuple("admin", "GROUP_JOINED", "added to return-interviewers"),
                        tuple("admin", "GROUP_LEFT", "removed from return-interviewers"));
        assertThat(emails(4)).extracting(AdministratorRulesTest::to)
                .containsExactlyInAnyOrder("rachel@example.org", "leon@example.org", "rachel@example.org", "leon@example.org");
        assertThat(groupsOf("leon")).containsExactly("childrens-social-workers");
    }

    @Test
    void anAdministratorReroutingSomeonesEmailsTellsThemAtTheAddressTheyHadAndNeverNamesTheNewOne() throws Exception {
        try {
            ResponseEntity<String> unlock = as("admin").exchange("/engine-rest/user/sophie/unlock", HttpMethod.POST,
                    null, String.class);
            ResponseEntity<String> answer = as("admin").exchange("/engine-rest/user/sophie/profile", HttpMethod.PUT,
                    json("{\"id\": \"sophie\", \"firstName\": \"Sophie\", \"lastName\": \"Demo\", "
                            + "\"email\": \"someone.else@example.net\"}"), String.class);

            assertThat(answer.getStatusCode().value()).isEqualTo(204);
            assertThat(unlock.getStatusCode().value()).isEqualTo(204);
            assertThat(trail("sophie")).extracting(AuditEvent::getAction, AuditEvent::getDetail).containsSubsequence(
                    tuple("LOGIN_UNLOCKED", "login unlocked"), tuple("PROFILE_CHANGED", "email address changed"));
            List<MimeMessage> emails = emails(4);
            assertThat(emails).extracting(AdministratorRulesTest::to).containsOnly("rachel@example.org",
                    "sophie@example.org");
            assertThat(emails).allSatisfy(email -> assertThat(GreenMailUtil.getWholeMessage(email))
                    .doesNotContain("someone.else"));
        } finally {
            User sophie = identityService.createUserQuery().userId("sophie").singleResult();
            sophie.setEmail("sophie@example.org");
            identityService.saveUser(sophie);
        }
    }

    @Test
    void aPersonChangingTheirOwnEmailAddressIsAuditedWithoutTheAddress() {
        try {
            ResponseEntity<String> answer = as("carol").exchange("/engine-rest/user/carol/profile", HttpMethod.PUT,
                    json("{\"id\": \"carol\", \"firstName\": \"Carol\", \"lastName\": \"Demo\", "
                            + "\"email\": \"carol.elsewhere@example.net\"}"), String.class);

            assertThat(answer.getStatusCode().value()).isEqualTo(204);
            assertThat(trail("carol")).last().satisfies(line -> {
                assertThat(line.getActor()).isEqualTo("carol");
                assertThat(line.getAction()).isEqualTo("PROFILE_CHANGED");
                assertThat(line.getDetail()).isEqualTo("email address changed by the person");
            });
            assertThat(mail.getReceivedMessages()).isEmpty();
        } finally {
            User carol = identityService.createUserQuery().userId("carol").singleResult();
            carol.setEmail("carol@example.org");
            identityService.saveUser(carol);
        }
    }

    @Test
    void aLoginWithNoRoleThatSeesConcernsIsLookedAfterWithoutNotices() {
        User helpdesk = identityService.newUser("helpdesk");
        helpdesk.setPassword("Helpdesk-2026-pass");
        identityService.saveUser(helpdesk);
        try {
            ResponseEntity<String> answer = as("admin").exchange("/engine-rest/user/helpdesk/credentials",
                    HttpMethod.PUT, json("{\"password\": \"Other-2026-pass\", \"authenticatedUserPassword\": \"admin\"}"),
                    String.class);

            assertThat(answer.getStatusCode().value()).isEqualTo(204);
            assertThat(trail("helpdesk")).isEmpty();
            assertThat(mail.getReceivedMessages()).isEmpty();
        } finally {
            identityService.deleteUser("helpdesk");
        }
    }

    @Test
    void startUpRefusesAnAdministratorWhoHoldsARoleWhateverMadeIt() {
        User both = identityService.newUser("twohats");
        identityService.saveUser(both);
        try {
            // written without the service's doors, as an old database or a direct SQL insert would hold it
            identityService.createMembership("twohats", "camunda-admin");
            identityService.createMembership("twohats", "foster-carers");

            assertThatThrownBy(() -> startUpCheck.run()).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("twohats").hasMessageContaining("README \"Administrators\"");
        } finally {
            identityService.deleteUser("twohats");
        }
    }

    private TestRestTemplate as(String user) {
        return http.withBasicAuth(user, user);
    }

    private static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    private List<String> groupsOf(String user) {
        return identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    }

    private List<AuditEvent> trail(String user) {
        return audit.trail(Audit.personReference(user));
    }

    private static List<MimeMessage> emails(int count) {
        await().atMost(Duration.ofSeconds(10)).until(() -> mail.getReceivedMessages().length >= count);
        return Arrays.asList(mail.getReceivedMessages());
    }

    private static String to(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
