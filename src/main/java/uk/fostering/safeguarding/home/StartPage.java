package uk.fostering.safeguarding.home;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import uk.fostering.safeguarding.registry.Roles;
import uk.fostering.safeguarding.security.DemoPeople;

/** "/" says what the service is and where everything is, so nobody who opens the port is lost. */
@Controller
class StartPage {

    private final DemoPeople demo;
    private final boolean demoInbox;

    StartPage(DemoPeople demo, @Value("${safeguarding.demo.mail.enabled:false}") boolean demoInbox) {
        this.demo = demo;
        this.demoInbox = demoInbox;
    }

    @GetMapping("/")
    String start(Model model) {
        model.addAttribute("demo", demo.enabled() ? demo.people() : List.of());
        model.addAttribute("roles", Roles.NAMES);
        model.addAttribute("demoInbox", demoInbox);
        return "start";
    }
}
