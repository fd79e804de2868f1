package uk.fostering.safeguarding.carer;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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
import uk.fostering.safeguarding.concern.ConcernCategory;
import uk.fostering.safeguarding.concern.Indicator;
import uk.fostering.safeguarding.process.ConcernProcess.FormFields;
import uk.fostering.safeguarding.process.ConcernProcess.Vars;
import uk.fostering.safeguarding.registry.Caller;
import uk.fostering.safeguarding.registry.PlacedChild;
import uk.fostering.safeguarding.shared.DuplicateConcernException;
import uk.fostering.safeguarding.shared.InvalidInputException;
import uk.fostering.safeguarding.web.FormToken;

/**
 * Raising a concern about one of the carer's children: the immediate-danger question on its own page first (with
 * the 999 advice); if the child is in danger, whether the police were called and, if so, when and under which
 * reference (a page of its own: govuk-frontend's conditional reveal puts aria-expanded on a radio, which axe-core
 * counts as a critical fault, govuk-frontend issue 979); then
 * what happened on one page, "Check your answers", and the confirmation. The answers go to
 * the engine as the raise form's fields, so the intake validates, stores and audits them as for Tasklist's form.
 */
@Controller
@Hidden
@RequestMapping("/carer/children/{childId}/concern")
class RaisePages {

    /** The kinds a carer chooses from (MISSING is the service's own, for a child reported missing). */
    static final List<ConcernCategory> KINDS = List.of(ConcernCategory.CSE, ConcernCategory.CCE, ConcernCategory.OTHER);

    /** The fields of the page about the call: a refusal naming one of them is shown there. */
    private static final List<String> CALL_FIELDS = List.of(FormFields.POLICE_REFERENCE,
            FormFields.POLICE_CALLED_AT.name(), FormFields.POLICE_CALLED_AT.day(), FormFields.POLICE_CALLED_AT.month(),
            FormFields.POLICE_CALLED_AT.year(), FormFields.POLICE_CALLED_AT.time());

    private static final Map<String, Problems.Field> FIELDS = Map.of(
            Vars.CATEGORY.name(), new Problems.Field(Vars.CATEGORY.name(), "Select the kind of concern"),
            FormFields.SUMMARY, new Problems.Field(FormFields.SUMMARY,
                    "Enter what you saw or heard, in at least 10 characters and no more than 4,000"),
            FormFields.INDICATORS, new Problems.Field(FormFields.INDICATORS, "Select the signs you noticed from the list"),
            FormFields.OBSERVED_AT.name(), new Problems.Field(FormFields.OBSERVED_AT.day(),
                    "Enter the date and time you saw or heard it, now or in the past"),
            FormFields.POLICE_CALLED, new Problems.Field(FormFields.POLICE_CALLED,
                    "Select yes if you have called the police on 999"),
            FormFields.POLICE_CALLED_AT.name(), new Problems.Field(FormFields.POLICE_CALLED_AT.day(),
                    "Enter the date and time you called the police, now or in the past"),
            FormFields.POLICE_REFERENCE, new Problems.Field(FormFields.POLICE_REFERENCE,
                    "Enter the police reference in up to 40 letters, numbers, spaces, / or -, or leave it empty"));

    private final Carers carers;
    private final CarerEngine engine;

    RaisePages(Carers carers, CarerEngine engine) {
        this.carers = carers;
        this.engine = engine;
    }

    @GetMapping
    String danger(@PathVariable String childId, @RequestParam(required = false) String change, Model model,
            HttpServletRequest request) {
        PlacedChild child = child(childId);
        Answers answers = Answers.of(request.getSession(), journey(childId));
        if (answers.isSent()) {
            answers = Answers.fresh(request.getSession(), journey(childId));
        }
        return dangerPage(child, answers, Problems.NONE, change != null && answers.has(Vars.IMMEDIATE_DANGER.name()),
                model, request);
    }

    @PostMapping
    String dangerAnswered(@PathVariable String childId, @RequestParam(required = false) String immediateDanger,
            @RequestParam(required = false) String from, @RequestParam(name = FormToken.FIELD, required = false) String token,
            Model model, HttpServletRequest request, HttpServletResponse response) {
        PlacedChild child = child(childId);
        CarerAdvice.requireToken(request, token);
        Answers answers = Answers.of(request.getSession(), journey(childId));
        // which page comes next needs the answer: a question of the journey, not a rule of the concern
        if (!"yes".equals(immediateDanger) && !"no".equals(immediateDanger)) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return dangerPage(child, answers, Problems.of(Vars.IMMEDIATE_DANGER.name(),
                    "Select yes if " + child.firstName() + " is in danger right now"), "check".equals(from), model, request);
        }
        answers.put(Vars.IMMEDIATE_DANGER.name(), immediateDanger);
        if ("yes".equals(immediateDanger) && !("check".equals(from) && answers.has(FormFields.POLICE_CALLED))) {
            return "redirect:" + base(childId) + "/police" + ("check".equals(from) ? "?change" : "");
        }
        if ("no".equals(immediateDanger)) {
            forgetPolice(answers); // asked only with the child in danger
        }
        return "redirect:" + base(childId) + ("check".equals(from) ? "/check" : "/details");
    }

    @GetMapping("/police")
    String police(@PathVariable String childId, @RequestParam(required = false) String change, Model model,
            HttpServletRequest request) {
        PlacedChild child = child(childId);
        Answers answers = Answers.of(request.getSession(), journey(childId));
        if (!"yes".equals(answers.get(Vars.IMMEDIATE_DANGER.name()))) {
            return "redirect:" + base(childId);
        }
        return policePage(child, answers, Problems.NONE, change != null, model, request);
    }

    @PostMapping("/police")
    String policeAnswered(@PathVariable String childId, @RequestParam Map<String, String> typed,
            @RequestParam(name = FormToken.FIELD, required = false) String token, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        PlacedChild child = child(childId);
        CarerAdvice.requireToken(request, token);
        Answers answers = Answers.of(request.getSession(), journey(childId));
        boolean fromCheck = "check".equals(typed.get("from"));
        String called = typed.get(FormFields.POLICE_CALLED);
        // whether the time and reference are asked needs the answer: a question of the journey, like the danger one
        if (!"yes".equals(called) && !"no".equals(called)) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return policePage(child, answers, Problems.of(FormFields.POLICE_CALLED,
                    "Select yes if you have called the police on 999"), fromCheck, model, request);
        }
        if ("no".equals(called)) {
            forgetPolice(answers); // a time and a reference only go with a call
        }
        answers.put(FormFields.POLICE_CALLED, called);
        if ("yes".equals(called) && !(fromCheck && answers.has(FormFields.POLICE_CALLED_AT.day()))) {
            return "redirect:" + base(childId) + "/police/call" + (fromCheck ? "?change" : "");
        }
        return "redirect:" + base(childId) + (fromCheck ? "/check" : "/details");
    }

    @GetMapping("/police/call")
    String call(@PathVariable String childId, @RequestParam(required = false) String change, Model model,
            HttpServletRequest request) {
        PlacedChild child = child(childId);
        Answers answers = Answers.of(request.getSession(), journey(childId));
        if (!"yes".equals(answers.get(FormFields.POLICE_CALLED))) {
            return "redirect:" + base(childId) + "/police";
        }
        return callPage(child, answers, Problems.NONE, change != null, model, request);
    }

    @PostMapping("/police/call")
    String callAnswered(@PathVariable String childId, @RequestParam Map<String, String> typed,
            @RequestParam(name = FormToken.FIELD, required = false) String token, HttpServletRequest request) {
        child(childId);
        CarerAdvice.requireToken(request, token);
        Answers answers = Answers.of(request.getSession(), journey(childId));
        answers.putDate(FormFields.POLICE_CALLED_AT, typed);
        answers.put(FormFields.POLICE_REFERENCE, typed.get(FormFields.POLICE_REFERENCE));
        return "redirect:" + base(childId) + ("check".equals(typed.get("from")) ? "/check" : "/details");
    }

    @GetMapping("/details")
    String details(@PathVariable String childId, Model model, HttpServletRequest request) {
        PlacedChild child = child(childId);
        Answers answers = Answers.of(request.getSession(), journey(childId));
        if (!answers.has(Vars.IMMEDIATE_DANGER.name())) {
            return "redirect:" + base(childId);
        }
        return detailsPage(child, answers, Problems.NONE, model, request);
    }

    @PostMapping("/details")
    String detailsAnswered(@PathVariable String childId, @RequestParam Map<String, String> typed,
            @RequestParam(name = FormFields.INDICATORS, required = false) List<String> signs,
            @RequestParam(name = FormToken.FIELD, required = false) String token, HttpServletRequest request) {
        child(childId);
        CarerAdvice.requireToken(request, token);
        Answers answers = Answers.of(request.getSession(), journey(childId));
        answers.put(Vars.CATEGORY.name(), typed.get(Vars.CATEGORY.name()));
        answers.put(FormFields.SUMMARY, typed.get(FormFields.SUMMARY));
        answers.putDate(FormFields.OBSERVED_AT, typed);
        answers.signs(signs);
        answers.put(Vars.CHILD_MISSING.name(), "yes".equals(typed.get(Vars.CHILD_MISSING.name())) ? "yes" : "no");
        return "redirect:" + base(childId) + "/check";
    }

    @GetMapping("/check")
    String check(@PathVariable String childId, Model model, HttpServletRequest request) {
        PlacedChild child = child(childId);
        Answers answers = Answers.of(request.getSession(), journey(childId));
        if (answers.isSent()) {
            return "redirect:" + base(childId) + "/sent";
        }
        if (!answers.has(Vars.IMMEDIATE_DANGER.name())) {
            return "redirect:" + base(childId);
        }
        return checkPage(child, answers, null, model, request);
    }

    @PostMapping("/check")
    String send(@PathVariable String childId, @RequestParam(name = FormToken.FIELD, required = false) String token,
            Model model, HttpServletRequest request, HttpServletResponse response) {
        Caller carer = carers.carer();
        PlacedChild child = carers.child(carer, childId);
        CarerAdvice.requireToken(request, token);
        Answers answers = Answers.of(request.getSession(), journey(childId));
        synchronized (answers) { // two taps on "Send" at once: the second waits, then finds it sent
            if (answers.isSent()) {
                return "redirect:" + base(childId) + "/sent"; // sent twice (a double tap): the first one counts
            }
            if (!answers.has(Vars.IMMEDIATE_DANGER.name())) {
                return "redirect:" + base(childId);
            }
            try {
                answers.sent(engine.raise(form(childId, answers)));
                return "redirect:" + base(childId) + "/sent";
            } catch (InvalidInputException refused) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                Problems problems = Problems.of(refused, FIELDS);
                String field = refused.getProblems().get(0).field();
                if (field.equals(FormFields.POLICE_CALLED)) {
                    return policePage(child, answers, problems, true, model, request);
                }
                return CALL_FIELDS.contains(field) ? callPage(child, answers, problems, true, model, request)
                        : detailsPage(child, answers, problems, model, request);
            } catch (DuplicateConcernException duplicate) {
                response.setStatus(HttpStatus.CONFLICT.value());
                return checkPage(child, answers, duplicate.getExistingReference(), model, request);
            }
        }
    }

    @GetMapping("/sent")
    String sent(@PathVariable String childId, Model model, HttpServletRequest request) {
        PlacedChild child = child(childId);
        Answers answers = Answers.of(request.getSession(), journey(childId));
        if (!answers.isSent()) {
            return "redirect:/carer";
        }
        model.addAttribute("child", child);
        model.addAttribute("name", Carers.name(child));
        model.addAttribute("reference", answers.sentReference());
        return "carer/raise-sent";
    }

    /** The raise form's fields, named as the start form names them. */
    private static Map<String, Object> form(String childId, Answers answers) {
        Map<String, Object> form = new HashMap<>();
        form.put(Vars.CHILD_ID.name(), childId);
        answers.textInto(Vars.CATEGORY.name(), form);
        answers.textInto(FormFields.SUMMARY, form);
        form.put(FormFields.INDICATORS, List.copyOf(answers.signs()));
        answers.dateInto(FormFields.OBSERVED_AT, form);
        form.put(Vars.CHILD_MISSING.name(), "yes".equals(answers.get(Vars.CHILD_MISSING.name())));
        form.put(Vars.IMMEDIATE_DANGER.name(), "yes".equals(answers.get(Vars.IMMEDIATE_DANGER.name())));
        if (answers.has(FormFields.POLICE_CALLED)) {
            form.put(FormFields.POLICE_CALLED, answers.get(FormFields.POLICE_CALLED).toUpperCase(Locale.ROOT));
        }
        if ("yes".equals(answers.get(FormFields.POLICE_CALLED))) {
            answers.dateInto(FormFields.POLICE_CALLED_AT, form);
            answers.textInto(FormFields.POLICE_REFERENCE, form);
        }
        return form;
    }

    private static void forgetPolice(Answers answers) {
        answers.put(FormFields.POLICE_CALLED, null);
        answers.put(FormFields.POLICE_REFERENCE, null);
        FormFields.POLICE_CALLED_AT.parts().forEach(part -> answers.put(part, null));
    }

    private String policePage(PlacedChild child, Answers answers, Problems problems, boolean fromCheck, Model model,
            HttpServletRequest request) {
        common(child, answers, problems, model, request);
        model.addAttribute("fromCheck", fromCheck);
        return "carer/raise-police";
    }

    private String callPage(PlacedChild child, Answers answers, Problems problems, boolean fromCheck, Model model,
            HttpServletRequest request) {
        common(child, answers, problems, model, request);
        model.addAttribute("fromCheck", fromCheck);
        model.addAttribute("policeCalledAt", FormFields.POLICE_CALLED_AT);
        return "carer/raise-police-call";
    }

    private String dangerPage(PlacedChild child, Answers answers, Problems problems, boolean fromCheck, Model model,
            HttpServletRequest request) {
        common(child, answers, problems, model, request);
        model.addAttribute("fromCheck", fromCheck);
        return "carer/raise-danger";
    }

    private String detailsPage(PlacedChild child, Answers answers, Problems problems, Model model,
            HttpServletRequest request) {
        common(child, answers, problems, model, request);
        model.addAttribute("kinds", KINDS);
        model.addAttribute("indicators", Arrays.asList(Indicator.values()));
        model.addAttribute("observedAt", FormFields.OBSERVED_AT);
        return "carer/raise-details";
    }

    private String checkPage(PlacedChild child, Answers answers, String duplicateOf, Model model,
            HttpServletRequest request) {
        common(child, answers, Problems.NONE, model, request);
        model.addAttribute("kind", KINDS.stream().filter(k -> k.name().equals(answers.get(Vars.CATEGORY.name())))
                .map(ConcernCategory::label).findFirst().orElse("Not given"));
        model.addAttribute("signs", Arrays.stream(Indicator.values()).filter(i -> answers.signs().contains(i.name()))
                .map(Indicator::label).toList());
        model.addAttribute("observedAt", answers.dateAsTyped(FormFields.OBSERVED_AT));
        model.addAttribute("policeCalledAt", answers.dateAsTyped(FormFields.POLICE_CALLED_AT));
        model.addAttribute("duplicateOf", duplicateOf);
        return "carer/raise-check";
    }

    private void common(PlacedChild child, Answers answers, Problems problems, Model model, HttpServletRequest request) {
        model.addAttribute("child", child);
        model.addAttribute("name", Carers.name(child));
        model.addAttribute("answers", answers);
        model.addAttribute("problems", problems);
        model.addAttribute("base", base(child.id()));
        model.addAttribute("formToken", FormToken.of(request));
    }

    private PlacedChild child(String childId) {
        return carers.child(carers.carer(), childId);
    }

    private static String base(String childId) {
        return "/carer/children/" + childId + "/concern";
    }

    private static String journey(String childId) {
        return "raise:" + childId;
    }
}
