package uk.fostering.safeguarding.home;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import uk.fostering.safeguarding.registry.Roles;
import uk.fostering.safeguarding.security.DemoPeople;

/** "/" says what the service is and where everything is, so nobody who opens the port is lost. */
@Controller
class StartPage {

    private final DemoPeople demo;

    StartPage(DemoPeople demo) {
        this.demo = demo;
    }

    @GetMapping("/")
    String start(Model model) {
        model.addAttribute("demo", demo.enabled() ? demo.people() : List.of());
        model.addAttribute("roles", Roles.NAMES);
        return "start";
    }
}
