package uk.fostering.safeguarding.carer;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.fostering.safeguarding.carer.process.CarerEngine;
import uk.fostering.safeguarding.carer.process.CarerEngine.CarerStep;
import uk.fostering.safeguarding.concern.Concern;
import uk.fostering.safeguarding.concern.ConcernQueries;
import uk.fostering.safeguarding.process.ConcernProcess;
import uk.fostering.safeguarding.process.FormDateTime;
import uk.fostering.safeguarding.process.MissingProcess;
import uk.fostering.safeguarding.registry.Caller;
import uk.fostering.safeguarding.registry.PlacedChild;
import uk.fostering.safeguarding.shared.ConflictException;
import uk.fostering.safeguarding.shared.InvalidInputException;
import uk.fostering.safeguarding.shared.NotFoundException;
import uk.fostering.safeguarding.shared.ServiceTime;
import uk.fostering.safeguarding.web.FormToken;

/**
 * "Your steps": the carer's open steps, and each one worked on a page of its own at {@code /carer/steps/{taskId}}
 * (the address carers' emails link to). Opening a step claims it, which is the acknowledgement that stops its
 * escalation; saving completes it with its Tasklist form's fields, so the same recorder validates and stores them.
 * A step that is not the carer's, or that does not exist, is the same "not found".
 */
@Controller
@Hidden
class StepPages {

    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK)
            .withZone(ServiceTime.ZONE);

    /** The carer's three steps: what the page calls them, which fields they send and how errors name them. */
    enum Kind {
        RECORD(ConcernProcess.Ids.RECORD_CONCERN, "Record the concern", "carer/step-record", null, Map.of(
                "facts", new Problems.Field(ConcernProcess.FormFields.RECORD_FACTS,
                        "Enter what happened, in no more than 4,000 characters"),
                "childWords", new Problems.Field(ConcernProcess.FormFields.RECORD_CHILD_WORDS,
                        "Enter the child's words in no more than 4,000 characters"),
                "carerView", new Problems.Field(ConcernProcess.FormFields.RECORD_CARER_VIEW,
                        "Enter what you think in no more than 4,000 characters")),
                ConcernProcess.FormFields.RECORD_FACTS, ConcernProcess.FormFields.RECORD_CHILD_WORDS,
                ConcernProcess.FormFields.RECORD_CARER_VIEW),
        TALK(ConcernProcess.Ids.TALK_WITH_CHILD, "Talk with the child as advised", "carer/step-talk", null, Map.of(
                "notes", new Problems.Field(ConcernProcess.FormFields.TALK_NOTES,
                        "Enter how the talk went, in no more than 4,000 characters")),
                ConcernProcess.FormFields.TALK_NOTES),
        POLICE(MissingProcess.Ids.REPORT_TO_POLICE, "Report the missing child to the police", "carer/step-police",
                MissingProcess.FormFields.POLICE_CALLED_AT, Map.of(
                        MissingProcess.FormFields.POLICE_CALLED_AT.name(), new Problems.Field(
                                MissingProcess.FormFields.POLICE_CALLED_AT.day(),
                                "Enter the date and time you called the police, now or in the past"),
                        MissingProcess.FormFields.POLICE_REFERENCE, new Problems.Field(
                                MissingProcess.FormFields.POLICE_REFERENCE,
                                "Enter the reference the police gave you, in no more than 64 characters"),
                        MissingProcess.FormFields.CLOTHING, new Problems.Field(MissingProcess.FormFields.CLOTHING,
                                "Describe the clothes in no more than 1,000 characters"),
                        MissingProcess.FormFields.LAST_SEEN_DETAILS, new Problems.Field(
                                MissingProcess.FormFields.LAST_SEEN_DETAILS,
                                "Describe where and with whom in no more than 2,000 characters")),
                MissingProcess.FormFields.POLICE_REFERENCE, MissingProcess.FormFields.CLOTHING,
                MissingProcess.FormFields.LAST_SEEN_DETAILS);

        final String taskKey;
        final String title;
        final String template;
        final FormDateTime when;
        final Map<String, Problems.Field> fields;
        final List<String> texts;

        Kind(String taskKey, String title, String template, FormDateTime when, Map<String, Problems.Field> fields,
                String... texts) {
            this.taskKey = taskKey;
            this.title = title;
            this.template = template;
            this.when = when;
            this.fields = fields;
            this.texts = List.of(texts);
        }

        static Kind of(String taskKey) {
            for (Kind kind : values()) {
                if (kind.taskKey.equals(taskKey)) {
                    return kind;
                }
            }
            throw new NotFoundException("Step " + taskKey);
        }

        public String title() {
            return title;
        }
    }

    private final Carers carers;
    private final CarerEngine engine;
    private final ConcernQueries concerns;

    StepPages(Carers carers, CarerEngine engine, ConcernQueries concerns) {
        this.carers = carers;
        this.engine = engine;
        this.concerns = concerns;
    }

    @GetMapping("/carer/steps")
    String steps(Model model) {
        Caller carer = carers.carer();
        Map<String, String> names = names(carer);
        model.addAttribute("steps", engine.openSteps(carer.userId()).stream().map(step -> {
            String childId = concerns.byReference(step.reference()).getChildId();
            return new Row(step.taskId(), Kind.of(step.step()).title(), step.reference(),
                    names.getOrDefault(childId, childId), due(step.due()), step.claimed());
        }).toList());
        return "carer/steps";
    }

    @GetMapping("/carer/steps/{taskId}")
    String step(@PathVariable String taskId, Model model, HttpServletRequest request) {
        Caller carer = carers.carer();
        CarerStep step = engine.step(taskId, carer.userId()).orElseThrow(() -> new NotFoundException("Step " + taskId));
        if (!step.claimed()) {
            engine.claim(taskId, carer.userId()); // opened to work it: acknowledged
        }
        Answers answers = Answers.of(request.getSession(), journey(taskId));
        Concern concern = concerns.view(step.reference(), carer, "carer step page").concern();
        if (Kind.of(step.step()) == Kind.RECORD && !answers.has(ConcernProcess.FormFields.RECORD_FACTS)) {
            // what the carer wrote when raising, so that they do not write the account twice
            answers.put(ConcernProcess.FormFields.RECORD_FACTS, concern.getSummary());
        }
        return page(carer, step, concern, answers, Problems.NONE, model, request);
    }

    @PostMapping("/carer/steps/{taskId}")
    String save(@PathVariable String taskId, @RequestParam Map<String, String> typed, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        Caller carer = carers.carer();
        Answers answers = Answers.of(request.getSession(), journey(taskId));
        synchronized (answers) { // two taps on the button at once: the second waits, then finds it saved
            CarerStep step = engine.step(taskId, carer.userId()).orElse(null);
            if (step == null && answers.isSent()) {
                return "redirect:/carer/steps/" + taskId + "/done"; // saved twice (a double tap): the first one counts
            }
            if (step == null) {
                throw new NotFoundException("Step " + taskId);
            }
            CarerAdvice.requireToken(request, typed.get(FormToken.FIELD));
            Kind kind = Kind.of(step.step());
            kind.texts.forEach(field -> answers.put(field, typed.get(field)));
            Map<String, Object> form = new HashMap<>();
            kind.texts.forEach(field -> answers.textInto(field, form));
            if (kind.when != null) {
                answers.putDate(kind.when, typed);
                answers.dateInto(kind.when, form);
            }
            try {
                if (!step.claimed()) {
                    engine.claim(taskId, carer.userId());
                }
                engine.complete(taskId, form);
                answers.sent(step.reference());
                answers.put("title", kind.title());
                answers.put("kind", kind.name());
                return "redirect:/carer/steps/" + taskId + "/done";
            } catch (InvalidInputException refused) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                Concern concern = concerns.view(step.reference(), carer, "carer step page").concern();
                return page(carer, step, concern, answers, Problems.of(refused, kind.fields), model, request);
            } catch (ConflictException conflict) {
                response.setStatus(HttpStatus.CONFLICT.value());
                return "carer/step-taken";
            }
        }
    }

    @GetMapping("/carer/steps/{taskId}/done")
    String done(@PathVariable String taskId, Model model, HttpServletRequest request) {
        carers.carer();
        Answers answers = Answers.of(request.getSession(), journey(taskId));
        if (!answers.isSent()) {
            throw new NotFoundException("Step " + taskId);
        }
        model.addAttribute("reference", answers.sentReference());
        model.addAttribute("stepTitle", answers.get("title"));
        model.addAttribute("kind", answers.get("kind"));
        return "carer/step-done";
    }

    private String page(Caller carer, CarerStep step, Concern concern, Answers answers, Problems problems, Model model,
            HttpServletRequest request) {
        Kind kind = Kind.of(step.step());
        answers.put("title", kind.title());
        answers.put("kind", kind.name());
        String childId = concern.getChildId();
        model.addAttribute("step", step);
        model.addAttribute("kind", kind);
        model.addAttribute("concern", concern);
        model.addAttribute("name", names(carer).getOrDefault(childId, childId));
        model.addAttribute("due", due(step.due()));
        model.addAttribute("when", kind.when);
        model.addAttribute("answers", answers);
        model.addAttribute("problems", problems);
        model.addAttribute("formToken", FormToken.of(request));
        return kind.template;
    }

    private Map<String, String> names(Caller carer) {
        return carers.children(carer).stream().collect(Collectors.toMap(PlacedChild::id, Carers::name));
    }

    private static String due(Instant due) {
        return due == null ? "" : DUE.format(due);
    }

    private static String journey(String taskId) {
        return "step:" + taskId;
    }

    /** An open step as the list shows it. */
    record Row(String taskId, String title, String reference, String childName, String due, boolean claimed) {
    }
}
