package uk.fostering.safeguarding.escalation.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import uk.fostering.safeguarding.escalation.Dashboard;
import uk.fostering.safeguarding.escalation.EscalationBoard;
import uk.fostering.safeguarding.escalation.Resends;
import uk.fostering.safeguarding.escalation.Step;
import uk.fostering.safeguarding.escalation.StuckJobs;
import uk.fostering.safeguarding.notification.Links;
import uk.fostering.safeguarding.process.ConcernVisibility;
import uk.fostering.safeguarding.process.CurrentCaller;
import uk.fostering.safeguarding.registry.Caller;
import uk.fostering.safeguarding.registry.Roles;
import uk.fostering.safeguarding.web.FormToken;

/** The managers' dashboard: open escalations, most overdue first, and children missing now. Uses the Tasklist login. */
@Controller
@Hidden
class DashboardPage {

    /** Rows of the escalations table: the most overdue first; the counts cover them all. */
    private static final int SHOWN = 200;
    private static final DateTimeFormatter SINCE = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

    private final Dashboard dashboard;
    private final StuckJobs stuckJobs;
    private final CurrentCaller currentCaller;
    private final ConcernVisibility visibility;
    private final Resends resends;
    private final String tasklist;
    private final ZoneId zone;

    DashboardPage(Dashboard dashboard, StuckJobs stuckJobs, CurrentCaller currentCaller, ConcernVisibility visibility,
            Resends resends, Clock clock, Links links) {
        this.resends = resends;
        this.dashboard = dashboard;
        this.stuckJobs = stuckJobs;
        this.zone = clock.getZone();
        this.currentCaller = currentCaller;
        this.visibility = visibility;
        this.tasklist = links.tasklist();
    }

    @GetMapping("/dashboard")
    String dashboard(@RequestParam Optional<Integer> level, @RequestParam Optional<String> step,
            @RequestParam Optional<String> team, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        return page(level, step, team, model, request, response);
    }

    /** "Send again" on one row of the emails that keep failing (fostering managers). */
    @PostMapping("/dashboard/failing-emails/{jobId}/resend")
    String resend(@PathVariable String jobId, @RequestParam(name = FormToken.FIELD, required = false) String token,
            Model model, HttpServletRequest request, HttpServletResponse response) {
        return afterResend(model, request, response, token, caller -> resends.resend(jobId, caller)
                .map(job -> new Notice(true, "\u201c%s\u201d for %s is being sent again. If it fails again it "
                        .formatted(job.step(), job.reference()) + "will be listed here again."))
                .orElseGet(() -> {
                    response.setStatus(HttpStatus.NOT_FOUND.value());
                    return new Notice(false, "That email is no longer failing: it may have been sent already. "
                            + "Nothing was sent again.");
                }));
    }

    /** "Send all again": every row of the emails that keep failing (fostering managers). */
    @PostMapping("/dashboard/failing-emails/resend")
    String resendAll(@RequestParam(name = FormToken.FIELD, required = false) String token, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        return afterResend(model, request, response, token, caller -> {
            int count = resends.resendAll(caller).size();
            return new Notice(true, count == 0 ? "There were no failing emails to send again."
                    : count == 1 ? "1 email is being sent again. If it fails again it will be listed here again."
                    : count + " emails are being sent again. Any that fail again will be listed here again.");
        });
    }

    private String afterResend(Model model, HttpServletRequest request, HttpServletResponse response, String token,
            Function<Caller, Notice> work) {
        Optional<Caller> caller = currentCaller.current();
        if (caller.isPresent() && caller.get().hasRole(Roles.MANAGERS) && visibility.seesAll(caller.get())) {
            if (FormToken.matches(request, token)) {
                model.addAttribute("notice", work.apply(caller.get()));
            } else {
                response.setStatus(HttpStatus.FORBIDDEN.value());
                model.addAttribute("notice", new Notice(false,
                        "The page was out of date, so nothing was sent again. Please try again."));
            }
        } else if (caller.isPresent()) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            if (visibility.seesAll(caller.get())) {
                model.addAttribute("notice", new Notice(false, "Only fostering managers can send emails again."));
            }
        }
        return page(Optional.empty(), Optional.empty(), Optional.empty(), model, request, response);
    }

    private String page(Optional<Integer> level, Optional<String> step, Optional<String> team, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        model.addAttribute("tasklist", tasklist);
        Optional<Caller> caller = currentCaller.current();
        if (caller.isEmpty()) {
            return "dashboard-sign-in";
        }
        if (!visibility.seesAll(caller.get())) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            return "dashboard-forbidden";
        }
        Dashboard.View shown = read(caller.get(), level, step, team);
        model.addAttribute("board", shown.escalations());
        model.addAttribute("missing", missingNow(shown));
        model.addAttribute("stuck", stuck());
        model.addAttribute("mayResend", caller.get().hasRole(Roles.MANAGERS));
        model.addAttribute("formToken", FormToken.of(request));
        model.addAttribute("steps", Step.values());
        model.addAttribute("level", level.orElse(null));
        model.addAttribute("step", step.orElse(""));
        model.addAttribute("team", team.orElse(""));
        return "dashboard";
    }

    /** The same data for the page's own refresh. */
    @GetMapping("/dashboard/data")
    @ResponseBody
    ResponseEntity<Data> data(@RequestParam Optional<Integer> level,
            @RequestParam Optional<String> step, @RequestParam Optional<String> team) {
        Optional<Caller> caller = currentCaller.current().filter(visibility::seesAll);
        if (caller.isEmpty()) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        Dashboard.View shown = read(caller.get(), level, step, team);
        EscalationBoard.Board b = shown.escalations();
        return ResponseEntity.ok(new Data(b.escalations(), b.countsByLevel(), b.total(), b.perDay(), missingNow(shown),
                stuck()));
    }

    private Dashboard.View read(Caller caller, Optional<Integer> level, Optional<String> step, Optional<String> team) {
        return dashboard.read(caller, level, step.filter(s -> !s.isBlank()), team.filter(t -> !t.isBlank()), SHOWN);
    }

    private List<MissingNow> missingNow(Dashboard.View shown) {
        return shown.missing().stream().map(m -> new MissingNow(m.reference(), m.childId(),
                SINCE.format(m.missingSince().atZone(zone)), m.minutesMissing())).toList();
    }

    private List<Stuck> stuck() {
        return stuckJobs.open().stream()
                .map(j -> new Stuck(j.jobId(), j.reference(), j.step(), SINCE.format(j.since().atZone(zone)))).toList();
    }

    /** Work the service stopped retrying, as the page shows it. */
    record Stuck(String jobId, String reference, String step, String since) {
    }

    /** What a re-send did, for the page's notification banner: a success, or why nothing happened. */
    record Notice(boolean success, String text) {
    }

    /** A child missing now as the page shows it: the time the child was last seen in UK time. */
    record MissingNow(String reference, String childId, String since, long minutesMissing) {
    }

    /** The board and the children missing now, for the page's own refresh. */
    record Data(List<EscalationBoard.Row> escalations, Map<Integer, Long> countsByLevel, long total,
            List<EscalationBoard.DayCount> perDay, List<MissingNow> missing, List<Stuck> stuck) {
    }
}
