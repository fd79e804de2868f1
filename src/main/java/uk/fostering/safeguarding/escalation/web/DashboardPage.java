package uk.fostering.safeguarding.escalation.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import uk.fostering.safeguarding.audit.Audit;
import uk.fostering.safeguarding.escalation.EscalationBoard;
import uk.fostering.safeguarding.escalation.Step;
import uk.fostering.safeguarding.process.ConcernVisibility;
import uk.fostering.safeguarding.process.CurrentCaller;
import uk.fostering.safeguarding.registry.Caller;

/** The managers' dashboard: open escalations, most overdue first. Uses the Tasklist login. */
@Controller
@Hidden
class DashboardPage {

    private final EscalationBoard board;
    private final CurrentCaller currentCaller;
    private final ConcernVisibility visibility;
    private final Audit audit;
    private final String tasklist;

    DashboardPage(EscalationBoard board, CurrentCaller currentCaller, ConcernVisibility visibility, Audit audit,
            @Value("${safeguarding.base-url}") String baseUrl) {
        this.board = board;
        this.currentCaller = currentCaller;
        this.visibility = visibility;
        this.audit = audit;
        this.tasklist = baseUrl + "/camunda/app/tasklist/default/";
    }

    @GetMapping("/dashboard")
    String dashboard(@RequestParam Optional<Integer> level, @RequestParam Optional<String> step,
            @RequestParam Optional<String> team, Model model, HttpServletResponse response) {
        model.addAttribute("tasklist", tasklist);
        Optional<Caller> caller = currentCaller.current();
        if (caller.isEmpty()) {
            return "dashboard-sign-in";
        }
        if (!visibility.seesAll(caller.get())) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            return "dashboard-forbidden";
        }
        EscalationBoard.Board shown = board.board(level, step.filter(s -> !s.isBlank()), team.filter(t -> !t.isBlank()));
        audit.recordReads(caller.get().userId(), shown.references(), "dashboard");
        model.addAttribute("board", shown);
        model.addAttribute("steps", Step.values());
        model.addAttribute("level", level.orElse(null));
        model.addAttribute("step", step.orElse(""));
        model.addAttribute("team", team.orElse(""));
        return "dashboard";
    }

    /** The same data for the page's own refresh. */
    @GetMapping("/dashboard/data")
    @ResponseBody
    ResponseEntity<EscalationBoard.Board> data(@RequestParam Optional<Integer> level,
            @RequestParam Optional<String> step, @RequestParam Optional<String> team) {
        Optional<Caller> caller = currentCaller.current().filter(visibility::seesAll);
        if (caller.isEmpty()) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        EscalationBoard.Board shown = board.board(level, step.filter(s -> !s.isBlank()), team.filter(t -> !t.isBlank()));
        audit.recordReads(caller.get().userId(), shown.references(), "dashboard");
        return ResponseEntity.ok(shown);
    }
}
