package uk.fostering.safeguarding.missing.process;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.fostering.safeguarding.missing.AbsenceReport;
import uk.fostering.safeguarding.missing.ChildReports;
import uk.fostering.safeguarding.missing.ChildReports.Absent;
import uk.fostering.safeguarding.missing.MissingReport;
import uk.fostering.safeguarding.missing.ReportingMissing.Reported;
import uk.fostering.safeguarding.missing.ReportingMissing.Returned;
import uk.fostering.safeguarding.process.ConcernProcess;
import uk.fostering.safeguarding.process.CurrentCaller;
import uk.fostering.safeguarding.process.FormValues;
import uk.fostering.safeguarding.process.MissingProcess;
import uk.fostering.safeguarding.process.MissingProcess.FormFields;
import uk.fostering.safeguarding.process.MissingProcess.Forms;
import uk.fostering.safeguarding.process.ProcessForm;
import uk.fostering.safeguarding.registry.Caller;
import uk.fostering.safeguarding.shared.InvalidInputException;

/**
 * Tasklist's "Report a child missing" and "Report a child back" entries: their start forms go
 * through the same service as the API, inside the start, so a rejected report shows its error in
 * the form and stores nothing. The short process that remains is named after the concern.
 */
@Component(MissingProcess.Beans.REPORTS)
public class MissingReports {

    private final ChildReports episodes;
    private final CurrentCaller currentCaller;

    MissingReports(ChildReports episodes, CurrentCaller currentCaller) {
        this.episodes = episodes;
        this.currentCaller = currentCaller;
    }

    public void missing(DelegateExecution execution) {
        onlyTheForm(execution, Forms.REPORT_MISSING);
        FormValues form = new FormValues(execution);
        Reported reported = episodes.reportMissing(form.text(ConcernProcess.Vars.CHILD_ID.name()),
                new MissingReport(form.dateTime(FormFields.LAST_SEEN_AT), form.text(FormFields.CIRCUMSTANCES)),
                caller(execution));
        execution.setProcessBusinessKey(reported.reference());
        execution.removeVariables(FormFields.ALL);
    }

    public void returned(DelegateExecution execution) {
        onlyTheForm(execution, Forms.REPORT_RETURNED);
        FormValues form = new FormValues(execution);
        Returned returned = episodes.reportReturned(form.text(ConcernProcess.Vars.CHILD_ID.name()),
                form.dateTime(FormFields.RETURNED_AT), caller(execution));
        execution.setProcessBusinessKey(returned.reference());
    }

    /**
     * "Report a child absent": the absence is stored and this very process watches it, its business key the
     * absence's reference; the time the child must be back by is the only fact it keeps besides the absence's id.
     */
    public void absent(DelegateExecution execution) {
        onlyTheForm(execution, Forms.REPORT_ABSENT);
        FormValues form = new FormValues(execution);
        Instant awaySince = form.dateTime(FormFields.AWAY_SINCE);
        String believedToBe = form.text(FormFields.BELIEVED_TO_BE);
        Instant backBy = form.dateTimeAhead(FormFields.BACK_BY, ChildReports.LONGEST_ABSENCE,
                "if the child should be back already, report them missing");
        Absent absent = episodes.reportAbsent(form.text(ConcernProcess.Vars.CHILD_ID.name()),
                new AbsenceReport(awaySince, believedToBe, backBy), caller(execution));
        execution.setProcessBusinessKey(absent.reference());
        execution.removeVariables(FormFields.ALL);
        execution.removeVariable(ConcernProcess.Vars.CHILD_ID.name());
        MissingProcess.CodeVars.ABSENCE_ID.set(execution, absent.id());
        MissingProcess.Vars.BACK_BY.set(execution, Date.from(absent.backBy()));
    }

    /** A report carries its form's fields only: the reference and the people come from the registry, never from the caller. */
    private static void onlyTheForm(DelegateExecution execution, ProcessForm form) {
        if (execution.getProcessBusinessKey() != null) {
            throw InvalidInputException.of("businessKey", "is made by the service; it cannot be sent");
        }
        execution.getVariableNames().stream().filter(name -> !form.fields().contains(name)).sorted().findFirst()
                .ifPresent(name -> {
                    throw InvalidInputException.of(name, "is not a field of the report's form");
                });
    }

    private Caller caller(DelegateExecution execution) {
        return currentCaller.current().orElseThrow(
                () -> InvalidInputException.of("reportedBy", "a report must come from a signed-in person"));
    }
}
