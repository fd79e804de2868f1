package uk.fostering.safeguarding.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The service serves its own copy of Tasklist's page, to hide "Create task" (a task of no concern, which
 * the engine refuses everybody but the administrators). The copy must stay Camunda's page with only that
 * added: after an upgrade of Camunda this fails until the copy is taken again from the new version.
 */
class TasklistPageTest {

    private static final String PAGE = "META-INF/resources/webjars/camunda/app/tasklist/index.html";

    @Test
    void ourTasklistPageIsCamundasWithCreateTaskLeftOut() throws IOException {
        List<URL> pages = Collections.list(getClass().getClassLoader().getResources(PAGE));
        URL ours = pages.stream().filter(u -> !u.getProtocol().equals("jar")).findFirst().orElseThrow();
        URL camundas = pages.stream().filter(u -> u.getProtocol().equals("jar")).findFirst().orElseThrow();

        String page = read(ours);
        assertThat(page).contains("cam-exclude-plugins=\"tasklist.navbar.action:create-task-action\"");
        assertThat(withoutOurLines(page)).isEqualTo(read(camundas));
    }

    /** Our comment and our attribute out, the base tag closed again where Camunda closes it. */
    private static String withoutOurLines(String page) {
        return page.replaceAll("(?s)  <!-- Safeguarding Escalation:.*?-->\n", "")
                .replace("\n        cam-exclude-plugins=\"tasklist.navbar.action:create-task-action\"/>", "/>");
    }

    private static String read(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
