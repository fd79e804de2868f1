package uk.fostering.safeguarding.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.ui.ExtendedModelMap;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import uk.fostering.safeguarding.security.DemoPeople;
import uk.fostering.safeguarding.security.DemoPeople.Person;

/** The start page's real template, rendered without a server: the demo logins appear only while demo mode is on. */
class StartPageTest {

    private static final List<Person> PEOPLE = List.of(
            new Person("carol", "Carol", "Demo", "foster-carers", "Foster carer of C-1001"),
            new Person("sam", "Sam", "Demo", "supervising-social-workers", "SSW of carol"));

    @Test
    void demoModeListsEachDemoLogin() {
        String page = render(new DemoPeople(true, PEOPLE));

        assertThat(page).contains("/demo/inbox");
        assertThat(page).contains("Demo logins", "<code>carol</code>", "<code>sam</code>", "Foster carer of C-1001")
                .contains("Foster carers", "Supervising social workers"); // each role in plain words
    }

    @Test
    void withoutDemoModeAsInProfileProdNoLoginIsListed() {
        String page = render(new DemoPeople(false, PEOPLE));

        assertThat(page).contains("Safeguarding Escalation", "/camunda/app/tasklist/", "href=\"/carer\"")
                .doesNotContain("Demo logins", "carol", "/demo/inbox");
        // the one mention of a password left is the way to set a new one of your own
        assertThat(page.replace("Forgotten your password?", "").replace("/password/forgotten", "")).doesNotContain("password");
    }

    private static String render(DemoPeople demo) {
        ExtendedModelMap model = new ExtendedModelMap();
        String view = new StartPage(demo, demo.enabled()).start(model);
        ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver();
        templates.setPrefix("templates/");
        templates.setSuffix(".html");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(templates);
        return engine.process(view, new Context(null, model));
    }
}
