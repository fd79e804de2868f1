package uk.fostering.safeguarding.reallocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import uk.fostering.safeguarding.registry.Roles;

/**
 * A fostering service of a test's own, made through the registry's API as a fostering manager would, with a login
 * for each person (made in the engine, as the logins of registry people are not this test's subject). Every id starts
 * with a prefix of its own, so tests sharing one database never meet.
 */
final class TestService {

    private static final AtomicInteger CHILDREN = new AtomicInteger(9300); // C-91xx MissingFromCareTest's, C-95xx on others'

    final String p = "t" + Integer.toString(ThreadLocalRandom.current().nextInt(1_000_000_000), 36);
    private final TestRestTemplate http;
    private final ProcessEngine engine;

    TestService(TestRestTemplate http, ProcessEngine engine) {
        this.http = http;
        this.engine = engine;
    }

    static String password(String user) {
        return user + "-Pass-2026";
    }

    /** A person with a login and an email address {@code <id>@example.org}, in the role's group. */
    String person(String name, String group) {
        String id = p + name;
        IdentityService identity = engine.getIdentityService();
        User user = identity.newUser(id);
        user.setFirstName(name);
        user.setLastName("Test");
        user.setEmail(id + "@example.org");
        user.setPassword(password(id));
        identity.saveUser(user);
        identity.createMembership(id, group);
        return id;
    }

    String manager(String name) {
        String id = person(name, Roles.MANAGERS);
        put("staff", "{\"user_id\":\"%s\",\"team\":\"fostering\",\"role\":\"MANAGER\"}".formatted(id));
        return id;
    }

    String ssw(String name, String manager) {
        String id = person(name, Roles.SSWS);
        put("staff", "{\"user_id\":\"%s\",\"team\":\"fostering\",\"role\":\"SSW\",\"manager_id\":\"%s\"}".formatted(id,
                manager));
        return id;
    }

    String socialWorker(String name) {
        String id = person(name, Roles.SOCIAL_WORKERS);
        put("staff", "{\"user_id\":\"%s\",\"team\":\"children\",\"role\":\"SOCIAL_WORKER\"}".formatted(id));
        return id;
    }

    /** A household of the given carers (each a new person), supervised by the SSW; its id is H-prefix-name. */
    String household(String name, String ssw, List<String> carers) {
        String id = "H-" + p + name;
        put("households", "{\"household_id\":\"%s\",\"name\":\"The %s\",\"ssw_id\":\"%s\"}".formatted(id, name, ssw));
        carers.forEach(carer -> put("carers", ("{\"user_id\":\"%s\",\"household_id\":\"%s\",\"approved_from\":"
                + "\"2020-01-06\"}").formatted(person(carer, Roles.CARERS), id)));
        return id;
    }

    /** A child of 13 (born 2013), with the social worker; ids C-93xx (a concern names its child C- and four digits). */
    String child(String name, String socialWorker) {
        String id = "C-" + CHILDREN.incrementAndGet();
        put("children", ("{\"child_id\":\"%s\",\"first_name\":\"%s\",\"last_name\":\"Test\",\"date_of_birth\":"
                + "\"2013-03-04\",\"local_authority\":\"NORTHSHIRE\",\"social_worker_id\":\"%s\"}").formatted(id,
                        name, socialWorker));
        return id;
    }

    /** Puts one record as the manager {@code mark}; it must be stored. */
    ResponseEntity<String> put(String part, String json) {
        ResponseEntity<String> response = put("mark", part, json, "");
        assertThat(response.getStatusCode().value()).as(part + " " + json + ": " + response.getBody()).isEqualTo(200);
        return response;
    }

    ResponseEntity<String> put(String user, String part, String json, String query) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, user.equals("mark") ? "mark" : password(user)).exchange("/api/registry/" + part
                + query, HttpMethod.PUT, new HttpEntity<>(json, headers), String.class);
    }

    /** What the person gets for a concern's record over the API. */
    int concernStatus(String user, String reference) {
        return http.withBasicAuth(user, password(user)).getForEntity("/api/concerns/" + reference, String.class)
                .getStatusCode().value();
    }
}
