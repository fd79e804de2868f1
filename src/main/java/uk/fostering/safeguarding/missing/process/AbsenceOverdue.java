package uk.fostering.safeguarding.missing.process;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;
import uk.fostering.safeguarding.missing.ChildReports;
import uk.fostering.safeguarding.process.MissingProcess;
import uk.fostering.safeguarding.process.MissingProcess.CodeVars;
import uk.fostering.safeguarding.registry.Caller;

/**
 * The time an absent child had to be back by has passed: the absence becomes a missing episode, reported on behalf
 * of the person who recorded it, with the roles they have now, so that the registry decides as for any report.
 */
@Component(MissingProcess.Beans.ABSENCE_OVERDUE)
class AbsenceOverdue implements JavaDelegate {

    private final ChildReports reports;
    private final IdentityService identityService;

    AbsenceOverdue(ChildReports reports, IdentityService identityService) {
        this.reports = reports;
        this.identityService = identityService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reports.notBackInTime(CodeVars.ABSENCE_ID.get(execution), userId -> new Caller(userId,
                identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList()));
    }
}
