package uk.fostering.safeguarding.process;

import java.util.Date;
import java.util.Set;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Names shared by the missing-from-care models ({@code missingEpisode.bpmn} and the two Tasklist
 * entries for reporting a child missing or back) and their code.
 */
public final class MissingProcess {

    /** One missing episode, called from the concern's process; its business key is the concern reference. */
    public static final String KEY = "missingEpisode";
    /** Tasklist's "Report a child missing" entry. */
    public static final String REPORT_MISSING_KEY = "reportChildMissing";
    /** Tasklist's "Report a child back" entry. */
    public static final String REPORT_RETURNED_KEY = "reportChildReturned";
    /** Tasklist's "Report a child absent" entry, which then watches the absence; its business key is the absence's reference. */
    public static final String REPORT_ABSENT_KEY = "reportChildAbsent";

    /** The messages that end an absence's watch, correlated by the absence's reference. */
    public static final class Messages {
        public static final String ABSENT_CHILD_BACK = "AbsentChildBack";
        public static final String ABSENT_CHILD_MISSING = "AbsentChildMissing";

        private Messages() {
        }
    }

    public static final class Ids {
        public static final String NOTIFY_MISSING = "Task_NotifyChildMissing";
        public static final String NOTIFY_MANAGER_OF_REPEAT = "Task_NotifyManagerOfRepeat";
        public static final String REPORT_TO_POLICE = "Task_ReportToPolice";
        public static final String AWAIT_RETURN = "Task_AwaitReturn";
        public static final String STILL_MISSING = "BoundaryEvent_StillMissing";
        public static final String HOLD_STRATEGY_DISCUSSION = "Task_HoldStrategyDiscussion";
        public static final String RETURN_INTERVIEW = "Task_ReturnInterview";
        public static final String REVIEW_RISK_AFTER_RETURN = "Task_ReviewRiskAfterReturn";
        public static final String END_EPISODE = "EndEvent_EpisodeClosed";
        /** Out of hours the duty team was told: the child's social worker takes over when their office opens. */
        public static final String NEXT_OFFICE_OPENING = "TimerEvent_NextOfficeOpening";
        public static final String HAND_OVER_TO_SOCIAL_WORKER = "Task_HandOverToSocialWorker";
        /** After the return: the responsible authority's social worker arranges the independent interview. */
        public static final String ARRANGE_RETURN_INTERVIEW = "Task_ArrangeReturnInterview";
        /** In reportChildAbsent: the watch of an absence. */
        public static final String ABSENCE_WATCHED = "Gateway_AbsenceWatched";
        public static final String BACK_BY_PASSED = "TimerEvent_BackByPassed";
        public static final String TREAT_AS_MISSING = "Task_TreatAbsenceAsMissing";
        /** In the concern's own model: the episode when the concern is raised with the child missing, and later ones. */
        public static final String EPISODE_AT_RAISE = "CallActivity_MissingAtRaise";
        public static final String EPISODE_LATER = "CallActivity_MissingEpisode";

        private Ids() {
        }
    }

    public static final class Vars {
        public static final ProcessVariable<Date> MISSING_SINCE = ProcessVariable.of("missingSince", Date.class);
        public static final ProcessVariable<Date> RETURNED_AT = ProcessVariable.of("returnedAt", Date.class);
        /** The time an absent child must be back by, set by the carer or SSW; then the absence becomes missing. */
        public static final ProcessVariable<Date> BACK_BY = ProcessVariable.of("backBy", Date.class);
        public static final ProcessVariable<Boolean> REPEATEDLY_MISSING = ProcessVariable.of("repeatedlyMissing", Boolean.class);
        /** The SSW's manager (or the registered manager), who joins the strategy discussion. */
        public static final ProcessVariable<String> MANAGER_ID = ProcessVariable.of("managerId", String.class);
        /** The return interviewer the social worker arranged, who is offered the interview. */
        public static final ProcessVariable<String> INTERVIEWER_ID = ProcessVariable.of("interviewerId", String.class);
        /**
         * Task-local on "Arrange an independent return interview": the return interviewers as options
         * ({@code valuesKey}) of the form's select, written when the task is created.
         */
        public static final ProcessVariable<SpinJsonNode> RETURN_INTERVIEWERS =
                ProcessVariable.of("returnInterviewers", SpinJsonNode.class);

        private Vars() {
        }
    }

    /** Variables that only the code writes and reads (no model names them), beside the others so that no name is used twice. */
    public static final class CodeVars {
        /** Which of the child's episodes this is (1 = the first): keys the episode's record and its emails. */
        public static final ProcessVariable<Integer> EPISODE_NUMBER = ProcessVariable.of("episodeNumber", Integer.class);
        /** The absence an absence's watch is about. */
        public static final ProcessVariable<Long> ABSENCE_ID = ProcessVariable.of("absenceId", Long.class);

        private CodeVars() {
        }
    }

    /** What the missing forms submit besides routing facts; removed from the process once stored. */
    public static final class FormFields {
        public static final FormDateTime LAST_SEEN_AT = new FormDateTime("lastSeenAt", "the child was last seen");
        public static final String CIRCUMSTANCES = "circumstances";
        public static final FormDateTime POLICE_CALLED_AT = new FormDateTime("policeCalledAt", "you called the police");
        public static final String POLICE_REFERENCE = "policeReference";
        public static final String CLOTHING = "clothing";
        public static final String LAST_SEEN_DETAILS = "lastSeenDetails";
        public static final FormDateTime DISCUSSION_HELD_AT = new FormDateTime("discussionHeldAt", "the strategy discussion was held");
        public static final String DISCUSSION_NOTES = "discussionNotes";
        public static final FormDateTime INTERVIEWED_AT = new FormDateTime("interviewedAt", "the return interview was held");
        public static final String INTERVIEW_NOTES = "interviewNotes";
        public static final String REVIEW_NOTE = "reviewNote";
        public static final String HAND_OVER_NOTES = "handOverNotes";
        /** The interviewer chosen; the service checks it is a return interviewer before it routes the interview. */
        public static final String RETURN_INTERVIEWER = "returnInterviewer";

        public static final FormDateTime AWAY_SINCE = new FormDateTime("awaySince", "the child went away");
        public static final String BELIEVED_TO_BE = "believedToBe";
        /** The time to be back by, in parts; together they become the watch's date variable {@link Vars#BACK_BY}. */
        public static final FormDateTime BACK_BY = new FormDateTime(Vars.BACK_BY.name(), "the child must be back by");

        /** The return's time, in parts; together they become the episode's date variable {@link Vars#RETURNED_AT}. */
        public static final FormDateTime RETURNED_AT = new FormDateTime(Vars.RETURNED_AT.name(), "the child came back");

        public static final Set<String> ALL = FormDateTime.with(Set.of(CIRCUMSTANCES, POLICE_REFERENCE, CLOTHING,
                LAST_SEEN_DETAILS, DISCUSSION_NOTES, INTERVIEW_NOTES, REVIEW_NOTE, HAND_OVER_NOTES, RETURN_INTERVIEWER,
                BELIEVED_TO_BE), LAST_SEEN_AT, POLICE_CALLED_AT, AWAY_SINCE, BACK_BY,
                DISCUSSION_HELD_AT, INTERVIEWED_AT, RETURNED_AT);

        /** Free text about a child or the police's reference: never in a Camunda table. */
        public static final Set<String> NARRATIVE = Set.of(CIRCUMSTANCES, POLICE_REFERENCE, CLOTHING,
                LAST_SEEN_DETAILS, DISCUSSION_NOTES, INTERVIEW_NOTES, REVIEW_NOTE, HAND_OVER_NOTES, BELIEVED_TO_BE);

        private FormFields() {
        }
    }

    /** The forms of the two Tasklist entries and the episode's user tasks, with the fields each submits. */
    public static final class Forms {
        public static final ProcessForm REPORT_MISSING = new ProcessForm("report-missing", FormFields.LAST_SEEN_AT,
                ConcernProcess.Vars.CHILD_ID.name(), FormFields.CIRCUMSTANCES);
        public static final ProcessForm REPORT_RETURNED = new ProcessForm("report-returned", FormFields.RETURNED_AT,
                ConcernProcess.Vars.CHILD_ID.name());
        public static final ProcessForm REPORT_ABSENT = new ProcessForm("report-absent", FormDateTime.with(
                Set.of(ConcernProcess.Vars.CHILD_ID.name(), FormFields.BELIEVED_TO_BE), FormFields.AWAY_SINCE,
                FormFields.BACK_BY));
        public static final ProcessForm REPORT_TO_POLICE = new ProcessForm("report-to-police", FormFields.POLICE_CALLED_AT,
                FormFields.POLICE_REFERENCE, FormFields.CLOTHING, FormFields.LAST_SEEN_DETAILS);
        public static final ProcessForm HOLD_STRATEGY_DISCUSSION = new ProcessForm("hold-strategy-discussion",
                FormFields.DISCUSSION_HELD_AT, FormFields.DISCUSSION_NOTES);
        public static final ProcessForm RETURN_INTERVIEW = new ProcessForm("return-interview", FormFields.INTERVIEWED_AT,
                FormFields.INTERVIEW_NOTES);
        public static final ProcessForm REVIEW_RISK_AFTER_RETURN = new ProcessForm("review-risk-after-return",
                ConcernProcess.FormFields.RAISE_RISK_LEVEL, ConcernProcess.FormFields.RISK_REASON, FormFields.REVIEW_NOTE);
        public static final ProcessForm HAND_OVER_TO_SOCIAL_WORKER = new ProcessForm("hand-over-to-social-worker",
                FormFields.HAND_OVER_NOTES);
        public static final ProcessForm ARRANGE_RETURN_INTERVIEW = new ProcessForm("arrange-return-interview",
                FormFields.RETURN_INTERVIEWER);

        private Forms() {
        }
    }

    /**
     * Spring beans that the missing models name in expressions (besides the concern's notifyByEmail, deadlines and
     * escalateTask): each {@code @Component} takes its name from here.
     */
    public static final class Beans {
        public static final String EPISODE_INTAKE = "missingEpisodeIntake";
        public static final String STEP_RECORDER = "missingStepRecorder";
        public static final String REPEAT_CHECK = "repeatEpisodeCheck";
        public static final String MISSING_TIMES = "missingTimes";
        public static final String REPORTS = "missingReports";
        /** An absent child not back by the time set: the absence becomes a missing episode. */
        public static final String ABSENCE_OVERDUE = "absenceOverdue";
        public static final Set<String> ALL = Set.of(EPISODE_INTAKE, STEP_RECORDER, REPEAT_CHECK, MISSING_TIMES, REPORTS,
                ABSENCE_OVERDUE);

        private Beans() {
        }
    }

    private MissingProcess() {
    }
}
