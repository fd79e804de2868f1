package uk.fostering.safeguarding.escalation;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.fostering.safeguarding.audit.Audit;
import uk.fostering.safeguarding.escalation.StuckJobs.StuckJob;
import uk.fostering.safeguarding.registry.Caller;
import uk.fostering.safeguarding.registry.Roles;
import uk.fostering.safeguarding.web.ForbiddenException;

/**
 * A fostering manager sends again an email (or an escalation, which sends emails) that the service gave up
 * retrying, once the cause is fixed: the job runs again at once and, thanks to the email ledger, mails only
 * those who did not get it. Each re-send is in the concern's audit trail, with the kind of email, never an address.
 */
@Service
@Transactional
public class Resends {

    public static final String EMAIL_RESENT = "EMAIL_RESENT";

    private final StuckJobs stuckJobs;
    private final Audit audit;

    Resends(StuckJobs stuckJobs, Audit audit) {
        this.stuckJobs = stuckJobs;
        this.audit = audit;
    }

    /** Empty when the job is not (or no longer) a stuck job of a concern: sent already, or never one. */
    public Optional<StuckJob> resend(String jobId, Caller caller) {
        requireManager(caller);
        Optional<StuckJob> resent = stuckJobs.retry(jobId);
        resent.ifPresent(job -> audit.record(caller.userId(), EMAIL_RESENT, job.reference(), job.step()));
        return resent;
    }

    /** Every stuck job the dashboard lists. */
    public List<StuckJob> resendAll(Caller caller) {
        requireManager(caller);
        return stuckJobs.open().stream().map(job -> resend(job.jobId(), caller)).flatMap(Optional::stream).toList();
    }

    private static void requireManager(Caller caller) {
        if (!caller.hasRole(Roles.MANAGERS)) {
            throw new ForbiddenException("Only fostering managers send failed emails again");
        }
    }
}
