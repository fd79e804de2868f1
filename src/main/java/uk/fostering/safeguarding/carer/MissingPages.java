package uk.fostering.safeguarding.carer;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.fostering.safeguarding.carer.process.CarerEngine;
import uk.fostering.safeguarding.process.ConcernProcess;
import uk.fostering.safeguarding.process.FormDateTime;
import uk.fostering.safeguarding.process.MissingProcess.FormFields;
import uk.fostering.safeguarding.registry.PlacedChild;
import uk.fostering.safeguarding.shared.ConflictException;
import uk.fostering.safeguarding.shared.InvalidInputException;
import uk.fostering.safeguarding.web.FormToken;

/**
 * Reporting one of the carer's children missing, and back: one question page each (when, and for a missing child
 * the circumstances), "Check your answers" and the confirmation. The answers go to the engine as the fields of
 * Tasklist's "Report a child missing / back" start forms, so MissingReports validates and stores them.
 */
@Controller
@Hidden
@RequestMapping("/carer/children/{childId}")
class MissingPages {

    /** The two reports: their addresses, what they ask and what the service calls their fields. */
    enum Report {
        MISSING("missing", FormFields.LAST_SEEN_AT, Map.of(
                FormFields.LAST_SEEN_AT.name(), new Problems.Field(FormFields.LAST_SEEN_AT.day(),
                        "Enter the date and time the child was last seen, now or in the past"),
                FormFields.CIRCUMSTANCES, new Problems.Field(FormFields.CIRCUMSTANCES,
                        "Describe what happened in no more than 4,000 characters"))),
        BACK("back", FormFields.RETURNED_AT, Map.of(
                FormFields.RETURNED_AT.name(), new Problems.Field(FormFields.RETURNED_AT.day(),
                        "Enter the date and time the child came back: not in the future, and not before they were last seen")));

        final String path;
        final FormDateTime when;
        final Map<String, Problems.Field> fields;

        Report(String path, FormDateTime when, Map<String, Problems.Field> fields) {
            this.path = path;
            this.when = when;
            this.fields = fields;
        }
    }

    private final Carers carers;
    private final CarerEngine engine;

    MissingPages(Carers carers, CarerEngine engine) {
        this.carers = carers;
        this.engine = engine;
    }

    @GetMapping("/missing")
    String missing(@PathVariable String childId, Model model, HttpServletRequest request) {
        return question(Report.MISSING, childId, model, request);
    }

    @GetMapping("/back")
    String back(@PathVariable String childId, Model model, HttpServletRequest request) {
        return question(Report.BACK, childId, model, request);
    }

    @PostMapping("/missing")
    String missingAnswered(@PathVariable String childId, @RequestParam Map<String, String> typed,
            HttpServletRequest request) {
        return answered(Report.MISSING, childId, typed, request);
    }

    @PostMapping("/back")
    String backAnswered(@PathVariable String childId, @RequestParam Map<String, String> typed,
            HttpServletRequest request) {
        return answered(Report.BACK, childId, typed, request);
    }

    @GetMapping("/missing/check")
    String missingCheck(@PathVariable String childId, Model model, HttpServletRequest request) {
        return check(Report.MISSING, childId, model, request);
    }

    @GetMapping("/back/check")
    String backCheck(@PathVariable String childId, Model model, HttpServletRequest request) {
        return check(Report.BACK, childId, model, request);
    }

    @PostMapping("/missing/check")
    String missingSend(@PathVariable String childId, @RequestParam(name = FormToken.FIELD, required = false) String token,
            Model model, HttpServletRequest request, HttpServletResponse response) {
        return send(Report.MISSING, childId, token, model, request, response);
    }

    @PostMapping("/back/check")
    String backSend(@PathVariable String childId, @RequestParam(name = FormToken.FIELD, required = false) String token,
            Model model, HttpServletRequest request, HttpServletResponse response) {
        return send(Report.BACK, childId, token, model, request, response);
    }

    @GetMapping("/missing/sent")
    String missingSent(@PathVariable String childId, Model model, HttpServletRequest request) {
        return sent(Report.MISSING, childId, model, request);
    }

    @GetMapping("/back/sent")
    String backSent(@PathVariable String childId, Model model, HttpServletRequest request) {
        return sent(Report.BACK, childId, model, request);
    }

    private String question(Report report, String childId, Model model, HttpServletRequest request) {
        PlacedChild child = child(childId);
        Answers answers = Answers.of(request.getSession(), journey(report, childId));
        if (answers.isSent()) {
            answers = Answers.fresh(request.getSession(), journey(report, childId));
        }
        return questionPage(report, child, answers, Problems.NONE, model, request);
    }

    private String answered(Report report, String childId, Map<String, String> typed, HttpServletRequest request) {
        PlacedChild child = child(childId);
        CarerAdvice.requireToken(request, typed.get(FormToken.FIELD));
        Answers answers = Answers.of(request.getSession(), journey(report, childId));
        answers.putDate(report.when, typed);
        if (report == Report.MISSING) {
            answers.put(FormFields.CIRCUMSTANCES, typed.get(FormFields.CIRCUMSTANCES));
        }
        answers.put("answered", "yes");
        return "redirect:" + base(report, child) + "/check";
    }

    private String check(Report report, String childId, Model model, HttpServletRequest request) {
        PlacedChild child = child(childId);
        Answers answers = Answers.of(request.getSession(), journey(report, childId));
        if (answers.isSent()) {
            return "redirect:" + base(report, child) + "/sent";
        }
        if (!answers.has("answered")) {
            return "redirect:" + base(report, child);
        }
        return checkPage(report, child, answers, model, request);
    }

    private String send(Report report, String childId, String token, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        PlacedChild child = child(childId);
        CarerAdvice.requireToken(request, token);
        Answers answers = Answers.of(request.getSession(), journey(report, childId));
        synchronized (answers) { // two taps on the button at once: the second waits, then finds it sent
            if (answers.isSent()) {
                return "redirect:" + base(report, child) + "/sent"; // sent twice (a double tap): the first one counts
            }
            if (!answers.has("answered")) {
                return "redirect:" + base(report, child);
            }
            Map<String, Object> form = new HashMap<>();
            form.put(ConcernProcess.Vars.CHILD_ID.name(), child.id());
            answers.dateInto(report.when, form);
            try {
                if (report == Report.MISSING) {
                    answers.textInto(FormFields.CIRCUMSTANCES, form);
                    answers.sent(engine.reportMissing(form));
                } else {
                    answers.sent(engine.reportReturned(form));
                }
                return "redirect:" + base(report, child) + "/sent";
            } catch (InvalidInputException refused) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                return questionPage(report, child, answers, Problems.of(refused, report.fields), model, request);
            } catch (ConflictException conflict) {
                // already reported missing, or not reported missing: the question page says which, in the carer's words
                response.setStatus(HttpStatus.CONFLICT.value());
                return questionPage(report, child, answers, Problems.of(report.when.day(), report == Report.MISSING
                        ? child.firstName() + " is already reported missing. Report them back when they return."
                        : child.firstName() + " is not reported missing, so there is nothing to report back."),
                        model, request);
            }
        }
    }

    private String sent(Report report, String childId, Model model, HttpServletRequest request) {
        PlacedChild child = child(childId);
        Answers answers = Answers.of(request.getSession(), journey(report, childId));
        if (!answers.isSent()) {
            return "redirect:/carer";
        }
        model.addAttribute("child", child);
        model.addAttribute("name", Carers.name(child));
        model.addAttribute("reference", answers.sentReference());
        return "carer/" + report.path + "-sent";
    }

    private String questionPage(Report report, PlacedChild child, Answers answers, Problems problems, Model model,
            HttpServletRequest request) {
        common(report, child, answers, problems, model, request);
        return "carer/" + report.path;
    }

    private String checkPage(Report report, PlacedChild child, Answers answers, Model model,
            HttpServletRequest request) {
        common(report, child, answers, Problems.NONE, model, request);
        model.addAttribute("whenTyped", answers.dateAsTyped(report.when));
        return "carer/" + report.path + "-check";
    }

    private void common(Report report, PlacedChild child, Answers answers, Problems problems, Model model,
            HttpServletRequest request) {
        model.addAttribute("child", child);
        model.addAttribute("name", Carers.name(child));
        model.addAttribute("answers", answers);
        model.addAttribute("problems", problems);
        model.addAttribute("when", report.when);
        model.addAttribute("base", base(report, child));
        model.addAttribute("formToken", FormToken.of(request));
    }

    private PlacedChild child(String childId) {
        return carers.child(carers.carer(), childId);
    }

    private static String base(Report report, PlacedChild child) {
        return "/carer/children/" + child.id() + "/" + report.path;
    }

    private static String journey(Report report, String childId) {
        return report.path + ":" + childId;
    }
}
