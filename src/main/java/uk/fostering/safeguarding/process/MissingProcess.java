package uk.fostering.safeguarding.process;

import java.util.Set;

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
        /** In the concern's own model: the episode when the concern is raised with the child missing, and later ones. */
        public static final String EPISODE_AT_RAISE = "CallActivity_MissingAtRaise";
        public static final String EPISODE_LATER = "CallActivity_MissingEpisode";

        private Ids() {
        }
    }

    public static final class Vars {
        public static final String EPISODE_NUMBER = "episodeNumber";
        public static final String MISSING_SINCE = "missingSince";
        public static final String RETURNED_AT = "returnedAt";
        public static final String REPEATEDLY_MISSING = "repeatedlyMissing";
        /** The SSW's manager (or the registered manager), who joins the strategy discussion. */
        public static final String MANAGER_ID = "managerId";

        private Vars() {
        }
    }

    /** What the missing forms submit besides routing facts; removed from the process once stored. */
    public static final class FormFields {
        public static final String LAST_SEEN_AT = "lastSeenAt";
        public static final String CIRCUMSTANCES = "circumstances";
        public static final String POLICE_CALLED_AT = "policeCalledAt";
        public static final String POLICE_REFERENCE = "policeReference";
        public static final String CLOTHING = "clothing";
        public static final String LAST_SEEN_DETAILS = "lastSeenDetails";
        public static final String DISCUSSION_HELD_AT = "discussionHeldAt";
        public static final String DISCUSSION_NOTES = "discussionNotes";
        public static final String INTERVIEWED_AT = "interviewedAt";
        public static final String INTERVIEW_NOTES = "interviewNotes";
        public static final String REVIEW_NOTE = "reviewNote";

        public static final Set<String> ALL = Set.of(LAST_SEEN_AT, CIRCUMSTANCES, POLICE_CALLED_AT, POLICE_REFERENCE,
                CLOTHING, LAST_SEEN_DETAILS, DISCUSSION_HELD_AT, DISCUSSION_NOTES, INTERVIEWED_AT, INTERVIEW_NOTES,
                REVIEW_NOTE);

        /** Free text about a child or the police's reference: never in a Camunda table. */
        public static final Set<String> NARRATIVE = Set.of(CIRCUMSTANCES, POLICE_REFERENCE, CLOTHING,
                LAST_SEEN_DETAILS, DISCUSSION_NOTES, INTERVIEW_NOTES, REVIEW_NOTE);

        private FormFields() {
        }
    }

    /** Spring beans that the missing models name in expressions. */
    public static final class Beans {
        public static final String EPISODE_INTAKE = "missingEpisodeIntake";
        public static final String STEP_RECORDER = "missingStepRecorder";
        public static final String REPEAT_CHECK = "repeatEpisodeCheck";
        public static final String MISSING_TIMES = "missingTimes";
        public static final String REPORTS = "missingReports";

        private Beans() {
        }
    }

    private MissingProcess() {
    }
}
