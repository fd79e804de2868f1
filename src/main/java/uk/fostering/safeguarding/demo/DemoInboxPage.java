package uk.fostering.safeguarding.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import uk.fostering.safeguarding.audit.Audit;
import uk.fostering.safeguarding.notification.Links;
import uk.fostering.safeguarding.process.CurrentCaller;
import uk.fostering.safeguarding.process.People;
import uk.fostering.safeguarding.registry.Caller;

/**
 * The demo inbox: the emails the demo mail server caught for the signed-in person (the Tasklist login), newest
 * first. Only while the demo mail server runs; otherwise there is no such page (404).
 */
@Controller
@ConditionalOnProperty(name = DemoMailServer.ENABLED, havingValue = "true")
class DemoInboxPage {

    static final String SHOWN_IN = "demo inbox";

    private final DemoMailServer server;
    private final CurrentCaller currentCaller;
    private final People people;
    private final Audit audit;
    private final String tasklist;

    DemoInboxPage(DemoMailServer server, CurrentCaller currentCaller, People people, Audit audit, Links links) {
        this.server = server;
        this.currentCaller = currentCaller;
        this.people = people;
        this.audit = audit;
        this.tasklist = links.tasklist();
    }

    @GetMapping("/demo/inbox")
    String show(Model model) {
        model.addAttribute("tasklist", tasklist);
        Optional<Caller> caller = currentCaller.current();
        if (caller.isEmpty()) {
            model.addAttribute("page", "your demo inbox");
            return "sign-in-first";
        }
        String userId = caller.get().userId();
        // the server keeps emails in the order received: reversed, the newest comes first
        List<CaughtEmail> emails = new ArrayList<>(server.receivedBy(userId, people.emailOf(userId)).stream()
                .map(CaughtEmail::of).toList());
        Collections.reverse(emails);
        // a subject names the concern: showing it is a read of that concern, like a list of concerns
        audit.recordReads(userId, emails.stream().flatMap(email -> email.reference().stream()).toList(), SHOWN_IN);
        model.addAttribute("user", userId);
        model.addAttribute("emails", emails);
        return "demo-inbox";
    }
}
