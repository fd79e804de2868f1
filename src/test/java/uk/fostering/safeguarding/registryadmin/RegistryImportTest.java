package uk.fostering.safeguarding.registryadmin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import uk.fostering.safeguarding.IntegrationTest;
import uk.fostering.safeguarding.registry.Placement;
import uk.fostering.safeguarding.registry.Registry;

/**
 * POST /api/registry/import over HTTP as a fostering manager: the dry run, a real run refused whole, a real run
 * the registry then answers from, the same files again, and a generated file of 1,000 rows, timed. Each test
 * imports people and children of its own (ids with a prefix of its own) beside the demo data.
 */
@IntegrationTest
class RegistryImportTest {

    private static final AtomicInteger RUNS = new AtomicInteger();

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Registry registry;

    /** A prefix of letters only, so that ids stay letters and digits. */
    private static String prefix() {
        return "imp" + (char) ('a' + RUNS.get() / 26 % 26) + (char) ('a' + RUNS.getAndIncrement() % 26);
    }

    private static Map<String, String> service(String p) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("authorities", "code,name,out_of_hours_email,out_of_hours_phone,lado_email,lado_phone\n"
                + p + "LA,Testshire Council,edt@testshire.example,01632 960201,lado@testshire.example,01632 960202\n");
        files.put("staff", "user_id,team,role,manager_id,left_on\n"
                + p + "mgr,fostering,MANAGER,,\n"
                + p + "ssw,fostering,SSW," + p + "mgr,\n"
                + p + "sw,childrens-social-care,social worker," + p + "mgr,\n");
        files.put("households", "household_id,name,ssw_id,ssw_from\n"
                + "H-" + p + ",The Testers," + p + "ssw,2024-01-08\n");
        files.put("carers", "user_id,household_id,approved_from,approved_to\n"
                + p + "ann,H-" + p + ",08/01/2024,\n"
                + p + "al,H-" + p + ",2024-03-04,\n");
        files.put("children", "child_id,first_name,last_name,date_of_birth,local_authority,social_worker_id,social_worker_from\n"
                + "K-" + p + ",Sky,Test,2014-03-01," + p + "LA," + p + "sw,2024-02-01\n");
        files.put("placements", "child_id,household_id,kind,from,to\n"
                + "K-" + p + ",H-" + p + ",long_term,2024-02-01,\n"
                + "K-" + p + ",H-" + p + ",respite,2023-07-01,2023-07-03\n");
        return files;
    }

    private ResponseEntity<JsonNode> post(String user, Map<String, String> files, boolean dryRun) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        files.forEach((part, csv) -> body.add(part, new ByteArrayResource(csv.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return part + ".csv";
            }
        }));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.withBasicAuth(user, user).postForEntity("/api/registry/import?dryRun=" + dryRun,
                new HttpEntity<>(body, headers), JsonNode.class);
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    @Test
    void aDryRunListsEveryProblemByFileLineAndColumnAndWritesNothing() {
        String p = prefix();
        Map<String, String> files = service(p);
        files.put("placements", "child_id,household_id,kind,from,to\n"
                + "K-" + p + ",H-" + p + ",LONG_TERM,2010-01-01,\n"
                + "K-" + p + ",H-nowhere,holiday,2024-02-01,\n");

        ResponseEntity<JsonNode> response = post("mark", files, true);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode problems = response.getBody().get("problems");
        assertThat(problems).extracting(problem -> problem.get("file").asText() + ":" + problem.get("line").asInt() + ":"
                + problem.get("column").asText()).contains("placements:2:from", "placements:3:kind");
        assertThat(response.getBody().get("imported").asBoolean()).isFalse();
        assertThat(count("select count(*) from child where id = ?", "K-" + p)).isZero();
    }

    @Test
    void aRealRunWithOneBadRowWritesNothingAtAll() {
        String p = prefix();
        Map<String, String> files = service(p);
        files.put("children", files.get("children") + "K-" + p + "b,Rob,Test,2016-01-01," + p + "LA," + p + "ssw,\n");

        ResponseEntity<JsonNode> response = post("mark", files, false);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("problems")).singleElement().satisfies(problem -> {
            assertThat(problem.get("file").asText()).isEqualTo("children");
            assertThat(problem.get("line").asInt()).isEqualTo(3);
            assertThat(problem.get("column").asText()).isEqualTo("social_worker_id");
        });
        assertThat(count("select count(*) from staff_member where user_id like ?", p + "%")).isZero();
        assertThat(count("select count(*) from child where id like ?", "K-" + p + "%")).isZero();
    }

    @Test
    void aGoodImportIsWhatTheRegistryAnswersAndTheSameFilesAgainChangeNothing() {
        String p = prefix();

        ResponseEntity<JsonNode> first = post("mark", service(p), false);

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(first.getBody().get("imported").asBoolean()).isTrue();
        assertThat(first.getBody().get("changes").get("placements").asInt()).isEqualTo(2);
        assertThat(registry.placementOf("K-" + p)).get().extracting(Placement::carerId, Placement::sswId,
                Placement::socialWorkerId).containsExactly(p + "ann", p + "ssw", p + "sw");
        assertThat(registry.managerOf(p + "ann")).contains(p + "ssw");
        assertThat(registry.managerOf(p + "ssw")).contains(p + "mgr");
        assertThat(count("select count(*) from audit_event where action = 'REGISTRY_IMPORTED' and actor = 'mark'"))
                .isPositive();

        ResponseEntity<JsonNode> again = post("mark", service(p), false);

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(again.getBody().get("problems")).isEmpty();
        again.getBody().get("changes").forEach(changed -> assertThat(changed.asInt()).isZero());
        assertThat(count("select count(*) from household_ssw where household_id = ?", "H-" + p)).isEqualTo(1);
        assertThat(count("select count(*) from child_social_worker where child_id = ?", "K-" + p)).isEqualTo(1);
        assertThat(count("select count(*) from placement where child_id = ?", "K-" + p)).isEqualTo(2);
    }

    @Test
    void aNewSocialWorkerInALaterImportKeepsThePreviousOneAsHistory() {
        String p = prefix();
        post("mark", service(p), false);
        Map<String, String> later = new LinkedHashMap<>();
        later.put("staff", "user_id,team,role,manager_id,left_on\n" + p + "sw2,childrens-social-care,SOCIAL_WORKER,,\n");
        later.put("children", "child_id,first_name,last_name,date_of_birth,local_authority,social_worker_id,social_worker_from\n"
                + "K-" + p + ",Sky,Test,2014-03-01," + p + "LA," + p + "sw2,2025-06-02\n");

        assertThat(post("mark", later, false).getStatusCode()).isEqualTo(HttpStatus.OK);

        assertThat(registry.placementOf("K-" + p)).get().extracting(Placement::socialWorkerId).isEqualTo(p + "sw2");
        assertThat(registry.placementOn("K-" + p, LocalDate.parse("2025-06-01"))).get()
                .extracting(Placement::socialWorkerId).isEqualTo(p + "sw");
    }

    @Test
    void theTemplatesDescribeTheDemoServiceExactly() throws Exception {
        Map<String, String> templates = new LinkedHashMap<>();
        for (String part : ImportFile.parts()) {
            templates.put(part, new String(new ClassPathResource("registry-import/" + part + ".csv").getInputStream()
                    .readAllBytes(), StandardCharsets.UTF_8));
        }

        ResponseEntity<JsonNode> response = post("mark", templates, true);

        assertThat(response.getBody().get("problems")).isEmpty();
        response.getBody().get("changes").forEach(changed -> assertThat(changed.asInt()).isZero());
    }

    @Test
    void onlyFosteringManagersImport() {
        assertThat(post("carol", service(prefix()), true).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("admin", service(prefix()), true).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.postForEntity("/api/registry/import", null, String.class).getStatusCode().value())
                .isIn(401, 415);
    }

    @Test
    void aThousandRowsImportInSeconds() {
        String p = prefix();
        Map<String, String> files = thousandRows(p);
        long rows = files.values().stream().mapToLong(csv -> csv.lines().count() - 1).sum();
        assertThat(rows).isEqualTo(1000);

        long started = System.nanoTime();
        ResponseEntity<JsonNode> response = post("mark", files, false);
        long millis = (System.nanoTime() - started) / 1_000_000;
        long againStarted = System.nanoTime();
        ResponseEntity<JsonNode> again = post("mark", files, false);
        long againMillis = (System.nanoTime() - againStarted) / 1_000_000;

        System.out.printf("Registry import of %d rows: %d ms; the same again (no changes): %d ms%n", rows, millis,
                againMillis);
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.OK);
        assertThat(count("select count(*) from placement where child_id like ?", "K-" + p + "%")).isEqualTo(364);
        again.getBody().get("changes").forEach(changed -> assertThat(changed.asInt()).isZero());
        // "in seconds": generous for a shared 2-core CI machine (measured figure in README "Going live")
        assertThat(millis).isLessThan(30_000);
    }

    /** 1 authority, 21 staff, 100 households, 150 carers, 364 children and their 364 placements. */
    private static Map<String, String> thousandRows(String p) {
        StringBuilder staff = new StringBuilder("user_id,team,role,manager_id,left_on\n" + p + "mgr,fostering,MANAGER,,\n");
        for (int i = 0; i < 10; i++) {
            staff.append(p).append("ssw").append(i).append(",fostering,SSW,").append(p).append("mgr,\n");
            staff.append(p).append("sw").append(i).append(",childrens-social-care,SOCIAL_WORKER,").append(p).append("mgr,\n");
        }
        StringBuilder households = new StringBuilder("household_id,name,ssw_id,ssw_from\n");
        StringBuilder carers = new StringBuilder("user_id,household_id,approved_from,approved_to\n");
        for (int h = 0; h < 100; h++) {
            households.append("H-").append(p).append(h).append(",Household ").append(h).append(',').append(p)
                    .append("ssw").append(h % 10).append(",2020-01-06\n");
            carers.append(p).append("c").append(h).append(",H-").append(p).append(h).append(",2020-01-06,\n");
            if (h % 2 == 0) {
                carers.append(p).append("d").append(h).append(",H-").append(p).append(h).append(",2020-01-06,\n");
            }
        }
        StringBuilder children = new StringBuilder(
                "child_id,first_name,last_name,date_of_birth,local_authority,social_worker_id,social_worker_from\n");
        StringBuilder placements = new StringBuilder("child_id,household_id,kind,from,to\n");
        LocalDate born = LocalDate.parse("2009-01-01");
        for (int c = 0; c < 364; c++) {
            LocalDate dob = born.plusDays(c * 7L);
            children.append("K-").append(p).append(c).append(",Child,Number").append(c).append(',').append(dob)
                    .append(',').append(p).append("LA,").append(p).append("sw").append(c % 10).append(",\n");
            placements.append("K-").append(p).append(c).append(",H-").append(p).append(c % 100).append(',')
                    .append(c % 3 == 0 ? "SHORT_TERM" : "LONG_TERM").append(',').append(dob.plusYears(1)).append(",\n");
        }
        Map<String, String> files = new LinkedHashMap<>();
        files.put("authorities", "code,name,out_of_hours_email,out_of_hours_phone,lado_email,lado_phone\n"
                + p + "LA,Testshire Council,,,,\n");
        files.put("staff", staff.toString());
        files.put("households", households.toString());
        files.put("carers", carers.toString());
        files.put("children", children.toString());
        files.put("placements", placements.toString());
        return files;
    }
}
