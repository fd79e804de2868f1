package uk.fostering.safeguarding.process;

import java.util.Set;

/**
 * The one place for the names that the BPMN, DMN and forms share with the code of the
 * {@code safeguardingConcern} process, so that a rename is a single change.
 */
public final class ConcernProcess {

    public static final String KEY = "safeguardingConcern";

    /** Ids of the flow nodes that code and tests refer to. */
    public static final class Ids {
        public static final String START = "StartEvent_ConcernRaised";
        public static final String ASSESS_RISK = "Task_AssessRisk";
        public static final String NOTIFY_SSW = "Task_NotifySswOfConcern";
        public static final String RECORD_CONCERN = "Task_RecordConcern";
        public static final String ADVISE_CARER = "Task_AdviseCarer";
        public static final String NOTIFY_SOCIAL_WORKER = "Task_NotifySocialWorker";
        public static final String DECIDE_NEXT_STEPS = "Task_DecideNextSteps";
        public static final String TALK_WITH_CHILD = "Task_TalkWithChild";
        public static final String SHARE_DECISION_AND_CLOSE = "Task_ShareDecisionAndClose";
        public static final String NOTIFY_SOCIAL_WORKER_EARLY = "Task_NotifySocialWorkerEarly";
        public static final String END_CLOSED = "EndEvent_ConcernClosed";

        private Ids() {
        }
    }

    /** Message names (correlated by the business key, which is the concern reference). */
    public static final class Messages {
        public static final String SOCIAL_WORKER_NOTICE_REQUESTED = "SocialWorkerNoticeRequested";
        public static final String CHILD_MISSING = "ChildMissing";
        public static final String CHILD_RETURNED = "ChildReturned";

        private Messages() {
        }
    }

    /**
     * Process variables: references and the facts that routing needs, never narrative text or
     * the child's identity (those live in the concern record).
     */
    public static final class Vars {
        public static final String REFERENCE = "concernReference";
        public static final String CHILD_ID = "childId";
        public static final String CARER_ID = "carerId";
        public static final String SSW_ID = "sswId";
        public static final String SOCIAL_WORKER_ID = "socialWorkerId";
        public static final String RAISED_BY = "raisedBy";
        public static final String CATEGORY = "category";
        public static final String IMMEDIATE_DANGER = "immediateDanger";
        public static final String CHILD_MISSING = "childMissing";
        public static final String CHILD_AGE = "childAge";
        public static final String INDICATOR_COUNT = "indicatorCount";
        public static final String SERIOUS_INDICATOR = "seriousIndicator";
        public static final String RISK_LEVEL = "riskLevel";
        public static final String URGENT = "urgent";
        public static final String MAY_TALK_WITH_CHILD = "mayTalkWithChild";
        public static final String DECISION = "decision";
        /** Task-local: how many times the task has been escalated (0 = never). */
        public static final String ESCALATION_LEVEL = "escalationLevel";

        private Vars() {
        }
    }

    /**
     * Fields that people type in the forms. Tasklist submits them as variables; the listeners
     * move them into the concern record and remove them, and the history filter keeps them out
     * of the history tables.
     */
    public static final class FormFields {
        public static final String SUMMARY = "summary";
        public static final String INDICATORS = "indicators";
        public static final String OBSERVED_AT = "observedAt";
        public static final String RECORD_FACTS = "recordFacts";
        public static final String RECORD_CHILD_WORDS = "recordChildWords";
        public static final String RECORD_CARER_VIEW = "recordCarerView";
        public static final String ADVICE = "adviceToCarer";
        public static final String CONSENT_CONSIDERED = "consentConsidered";
        public static final String TALK_WITH_CHILD = "talkWithChild";
        public static final String TALK_GUIDANCE = "talkGuidance";
        public static final String RAISE_RISK_LEVEL = "raiseRiskLevel";
        public static final String RISK_REASON = "riskLevelReason";
        public static final String DECISION_REASONS = "decisionReasons";
        public static final String TALK_NOTES = "talkNotes";
        public static final String DECISION_SHARED = "decisionShared";
        public static final String CLOSING_NOTE = "closingNote";

        /** Everything the forms submit that is not a routing fact: removed once stored in the record. */
        public static final Set<String> ALL = Set.of(SUMMARY, INDICATORS, OBSERVED_AT, RECORD_FACTS,
                RECORD_CHILD_WORDS, RECORD_CARER_VIEW, ADVICE, CONSENT_CONSIDERED, TALK_WITH_CHILD, TALK_GUIDANCE,
                RAISE_RISK_LEVEL, RISK_REASON, DECISION_REASONS, TALK_NOTES, DECISION_SHARED, CLOSING_NOTE);

        /** Free text about a child: must never reach a Camunda table. */
        public static final Set<String> NARRATIVE = Set.of(SUMMARY, RECORD_FACTS, RECORD_CHILD_WORDS,
                RECORD_CARER_VIEW, ADVICE, TALK_GUIDANCE, RISK_REASON, DECISION_REASONS, TALK_NOTES, CLOSING_NOTE);

        private FormFields() {
        }
    }

    /** Spring beans that the BPMN names in expressions. */
    public static final class Beans {
        public static final String CONCERN_INTAKE = "concernIntake";
        public static final String RISK_LEVEL_RECORDER = "riskLevelRecorder";
        public static final String TASK_OUTCOME_RECORDER = "taskOutcomeRecorder";
        public static final String NOTIFY_BY_EMAIL = "notifyByEmail";

        private Beans() {
        }
    }

    private ConcernProcess() {
    }
}
