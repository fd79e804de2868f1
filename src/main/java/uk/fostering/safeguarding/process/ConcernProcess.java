package uk.fostering.safeguarding.process;

import java.util.Date;
import java.util.Set;
import org.camunda.spin.json.SpinJsonNode;

/**
 * The one place for the names that the BPMN, DMN and forms share with the code of the
 * {@code safeguardingConcern} process, so that a rename is a single change.
 */
public final class ConcernProcess {

    public static final String KEY = "safeguardingConcern";

    /** Ids of the flow nodes that code and tests refer to. */
    public static final class Ids {
        public static final String START = "StartEvent_ConcernRaised";
        public static final String NOTIFY_SSW = "Task_NotifySswOfConcern";
        public static final String RECORD_CONCERN = "Task_RecordConcern";
        public static final String ADVISE_CARER = "Task_AdviseCarer";
        public static final String NOTIFY_SOCIAL_WORKER = "Task_NotifySocialWorker";
        public static final String DECIDE_NEXT_STEPS = "Task_DecideNextSteps";
        public static final String TALK_WITH_CHILD = "Task_TalkWithChild";
        public static final String SHARE_DECISION_AND_CLOSE = "Task_ShareDecisionAndClose";
        public static final String NOTIFY_SOCIAL_WORKER_EARLY = "Task_NotifySocialWorkerEarly";
        public static final String END_CLOSED = "EndEvent_ConcernClosed";
        /** The follow-up the social worker's decision starts (collapsed in the diagram; drill down to its steps). */
        public static final String FOLLOW_UP = "SubProcess_FollowUp";
        public static final String CONVENE_STRATEGY_DISCUSSION = "Task_ConveneStrategyDiscussion";
        public static final String REFER_TO_POLICE = "Task_ReferToPolice";
        public static final String ASSESS_EXPLOITATION_RISK = "Task_AssessExploitationRisk";
        /** Waits for the review date chosen in the decision (or at the last review). */
        public static final String REVIEW_DATE = "TimerEvent_ReviewDate";
        public static final String REVIEW_MONITORING = "Task_ReviewMonitoring";
        /** At HIGH and CRITICAL a fostering manager signs off the closing, or sends it back. */
        public static final String SIGN_OFF_CLOSURE = "Task_SignOffClosure";
        /** At HIGH and CRITICAL, the social worker (or out of hours the duty team) acknowledges at once. */
        public static final String ACKNOWLEDGE_URGENT_CONCERN = "Task_AcknowledgeUrgentConcern";

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
        public static final ProcessVariable<String> REFERENCE = ProcessVariable.of("concernReference", String.class);
        public static final ProcessVariable<String> CHILD_ID = ProcessVariable.of("childId", String.class);
        public static final ProcessVariable<String> CARER_ID = ProcessVariable.of("carerId", String.class);
        public static final ProcessVariable<String> SSW_ID = ProcessVariable.of("sswId", String.class);
        public static final ProcessVariable<String> SOCIAL_WORKER_ID = ProcessVariable.of("socialWorkerId", String.class);
        public static final ProcessVariable<String> RAISED_BY = ProcessVariable.of("raisedBy", String.class);
        public static final ProcessVariable<String> CATEGORY = ProcessVariable.of("category", String.class);
        public static final ProcessVariable<Boolean> IMMEDIATE_DANGER = ProcessVariable.of("immediateDanger", Boolean.class);
        public static final ProcessVariable<Boolean> CHILD_MISSING = ProcessVariable.of("childMissing", Boolean.class);
        public static final ProcessVariable<Integer> CHILD_AGE = ProcessVariable.of("childAge", Integer.class);
        public static final ProcessVariable<Integer> INDICATOR_COUNT = ProcessVariable.of("indicatorCount", Integer.class);
        public static final ProcessVariable<Boolean> SERIOUS_INDICATOR = ProcessVariable.of("seriousIndicator", Boolean.class);
        public static final ProcessVariable<String> RISK_LEVEL = ProcessVariable.of("riskLevel", String.class);
        public static final ProcessVariable<Boolean> URGENT = ProcessVariable.of("urgent", Boolean.class);
        public static final ProcessVariable<Boolean> MAY_TALK_WITH_CHILD = ProcessVariable.of("mayTalkWithChild", Boolean.class);
        public static final ProcessVariable<String> DECISION = ProcessVariable.of("decision", String.class);
        /** The follow-up the decision starts (a NextStep's name), copied by the service from the decision. */
        public static final ProcessVariable<String> FOLLOW_UP = ProcessVariable.of("followUp", String.class);
        /** When the exploitation risk assessment is due, from the date the decision chose. */
        public static final ProcessVariable<Date> ASSESSMENT_DUE_AT = ProcessVariable.of("assessmentDueAt", Date.class);
        /** When the monitoring's next review opens, from the date the decision (or the last review) chose. */
        public static final ProcessVariable<Date> REVIEW_AT = ProcessVariable.of("reviewAt", Date.class);
        /** The last review's outcome: go on monitoring until the next review, or end the monitoring. */
        public static final ProcessVariable<Boolean> KEEP_MONITORING = ProcessVariable.of("keepMonitoring", Boolean.class);
        /** The fostering manager's answer to the closing: signed off, or sent back to the SSW. */
        public static final ProcessVariable<Boolean> CLOSING_SIGNED_OFF = ProcessVariable.of("closingSignedOff", Boolean.class);
        /**
         * Task-local on the steps that may raise the risk: the levels above the current one, as the options
         * ({@code valuesKey}) of the form's risk select; empty at CRITICAL.
         */
        public static final ProcessVariable<SpinJsonNode> RISK_LEVELS_ABOVE =
                ProcessVariable.of("riskLevelsAbove", SpinJsonNode.class);

        private Vars() {
        }
    }

    /** Input parameters of the service tasks: local to the step, written by the model, read by the step's bean. */
    public static final class Inputs {
        /** What an email step sends (a notification kind of NotifyByEmail). */
        public static final ProcessVariable<String> NOTIFICATION = ProcessVariable.of("notification", String.class);
        /** Whom it goes to: roles, comma-separated. */
        public static final ProcessVariable<String> RECIPIENT = ProcessVariable.of("recipient", String.class);
        /** The id of the user task an escalation step escalates. */
        public static final ProcessVariable<String> STEP = ProcessVariable.of("step", String.class);

        private Inputs() {
        }
    }

    /** Variables that only the code writes and reads (no model names them), beside the others so that no name is used twice. */
    public static final class CodeVars {
        /** Task-local: how many times the task has been escalated (0 = never); Tasklist's filters query it. */
        public static final ProcessVariable<Integer> ESCALATION_LEVEL = ProcessVariable.of("escalationLevel", Integer.class);

        private CodeVars() {
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
        public static final FormDateTime OBSERVED_AT = new FormDateTime("observedAt", "you saw or heard it");
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
        /** Ticked by staff raising a concern about the carer or someone in their household (an allegation). */
        public static final String ABOUT_HOUSEHOLD = "aboutHousehold";
        /** Raised with the child in immediate danger: whether the carer called the police (999), when, their reference. */
        public static final String POLICE_CALLED = "policeCalled";
        public static final FormDateTime POLICE_CALLED_AT = new FormDateTime("policeCalledAt", "you called the police");
        public static final String POLICE_REFERENCE = "policeReference";
        /** The urgent acknowledgement: what was done at once, and whether the carer was spoken to. */
        public static final String IMMEDIATE_ACTIONS = "immediateActions";
        public static final String SPOKE_TO_CARER = "spokeToCarer";

        /** Everything the forms submit that is not a routing fact: removed once stored in the record. */
        public static final Set<String> ALL = FormDateTime.with(Set.of(SUMMARY, INDICATORS, RECORD_FACTS,
                RECORD_CHILD_WORDS, RECORD_CARER_VIEW, ADVICE, CONSENT_CONSIDERED, TALK_WITH_CHILD, TALK_GUIDANCE,
                RAISE_RISK_LEVEL, RISK_REASON, DECISION_REASONS, TALK_NOTES, DECISION_SHARED, CLOSING_NOTE, ABOUT_HOUSEHOLD,
                POLICE_CALLED, POLICE_REFERENCE, IMMEDIATE_ACTIONS, SPOKE_TO_CARER), OBSERVED_AT, POLICE_CALLED_AT);

        /** Free text about a child: must never reach a Camunda table. */
        public static final Set<String> NARRATIVE = Set.of(SUMMARY, RECORD_FACTS, RECORD_CHILD_WORDS,
                RECORD_CARER_VIEW, ADVICE, TALK_GUIDANCE, RISK_REASON, DECISION_REASONS, TALK_NOTES, CLOSING_NOTE,
                IMMEDIATE_ACTIONS);

        private FormFields() {
        }
    }

    /** What the decision's follow-ups and the sign-off submit; moved into the concern's record like FormFields. */
    public static final class FollowUpFields {
        public static final FormDate REVIEW_ON = new FormDate("reviewOn", "the first review");
        public static final FormDate ASSESSMENT_DUE_ON = new FormDate("assessmentDueOn", "the day the assessment is due");
        public static final FormDateTime DISCUSSION_HELD_AT = new FormDateTime("discussionHeldAt",
                "the strategy discussion was held");
        public static final String POLICE_TOOK_PART = "policeTookPart";
        public static final String HEALTH_TOOK_PART = "healthTookPart";
        public static final String DISCUSSION_OUTCOME = "discussionOutcome";
        public static final String SECTION_47 = "section47Enquiry";
        public static final FormDateTime REFERRED_AT = new FormDateTime("referredAt", "you referred the concern to the police");
        public static final String CRIME_REFERENCE = "crimeReference";
        public static final String ASSESSMENT_OUTCOME = "assessmentOutcome";
        public static final String REVIEW_NOTES = "reviewNotes";
        public static final String MONITORING_NEXT = "monitoringNext";
        public static final FormDate NEXT_REVIEW_ON = new FormDate("nextReviewOn", "the next review");
        public static final String SIGN_OFF = "signOff";
        public static final String SIGN_OFF_NOTE = "signOffNote";

        /** Everything these forms submit: removed once stored in the record. */
        public static final Set<String> ALL = DayMonthYear.with(Set.of(POLICE_TOOK_PART, HEALTH_TOOK_PART,
                DISCUSSION_OUTCOME, SECTION_47, CRIME_REFERENCE, ASSESSMENT_OUTCOME, REVIEW_NOTES, MONITORING_NEXT,
                SIGN_OFF, SIGN_OFF_NOTE), DISCUSSION_HELD_AT, REFERRED_AT, REVIEW_ON, ASSESSMENT_DUE_ON, NEXT_REVIEW_ON);

        /** Free text about a child (and the police's reference, kept out like the missing episode's): never in Camunda's tables. */
        public static final Set<String> NARRATIVE = Set.of(DISCUSSION_OUTCOME, CRIME_REFERENCE, ASSESSMENT_OUTCOME,
                REVIEW_NOTES, SIGN_OFF_NOTE);

        private FollowUpFields() {
        }
    }

    /** The forms of the concern's start event and user tasks, with the fields each submits. */
    public static final class Forms {
        public static final ProcessForm RAISE_CONCERN = new ProcessForm("raise-concern", FormDateTime.with(Set.of(
                Vars.CHILD_ID.name(), Vars.CATEGORY.name(), FormFields.SUMMARY, FormFields.INDICATORS, Vars.CHILD_MISSING.name(),
                Vars.IMMEDIATE_DANGER.name(), FormFields.POLICE_CALLED, FormFields.POLICE_REFERENCE,
                FormFields.ABOUT_HOUSEHOLD),
                FormFields.OBSERVED_AT, FormFields.POLICE_CALLED_AT));
        public static final ProcessForm RECORD_CONCERN = new ProcessForm("record-concern", FormFields.RECORD_FACTS,
                FormFields.RECORD_CHILD_WORDS, FormFields.RECORD_CARER_VIEW);
        public static final ProcessForm ADVISE_CARER = new ProcessForm("advise-carer", FormFields.CONSENT_CONSIDERED,
                FormFields.ADVICE, FormFields.TALK_WITH_CHILD, FormFields.TALK_GUIDANCE, FormFields.RAISE_RISK_LEVEL,
                FormFields.RISK_REASON);
        public static final ProcessForm DECIDE_NEXT_STEPS = new ProcessForm("decide-next-steps", DayMonthYear.with(
                Set.of(Vars.DECISION.name(), FormFields.DECISION_REASONS), FollowUpFields.REVIEW_ON,
                FollowUpFields.ASSESSMENT_DUE_ON));
        public static final ProcessForm TALK_WITH_CHILD = new ProcessForm("talk-with-child", FormFields.TALK_NOTES);
        public static final ProcessForm CLOSE_CONCERN = new ProcessForm("close-concern", FormFields.DECISION_SHARED,
                FormFields.CLOSING_NOTE);
        public static final ProcessForm CONVENE_STRATEGY_DISCUSSION = new ProcessForm("convene-strategy-discussion",
                FollowUpFields.DISCUSSION_HELD_AT, FollowUpFields.POLICE_TOOK_PART, FollowUpFields.HEALTH_TOOK_PART,
                FollowUpFields.DISCUSSION_OUTCOME, FollowUpFields.SECTION_47);
        public static final ProcessForm REFER_TO_POLICE = new ProcessForm("refer-to-police", FollowUpFields.REFERRED_AT,
                FollowUpFields.CRIME_REFERENCE);
        public static final ProcessForm ASSESS_EXPLOITATION_RISK = new ProcessForm("assess-exploitation-risk",
                FollowUpFields.ASSESSMENT_OUTCOME);
        public static final ProcessForm REVIEW_MONITORING = new ProcessForm("review-monitoring", DayMonthYear.with(
                Set.of(FollowUpFields.REVIEW_NOTES, FollowUpFields.MONITORING_NEXT), FollowUpFields.NEXT_REVIEW_ON));
        public static final ProcessForm SIGN_OFF_CLOSURE = new ProcessForm("sign-off-closure", FollowUpFields.SIGN_OFF,
                FollowUpFields.SIGN_OFF_NOTE);
        public static final ProcessForm ACKNOWLEDGE_URGENT_CONCERN = new ProcessForm("acknowledge-urgent-concern",
                FormFields.IMMEDIATE_ACTIONS, FormFields.SPOKE_TO_CARER);

        private Forms() {
        }
    }

    /**
     * Spring beans that the concern's model names in expressions: each {@code @Component} takes its name from here,
     * and ModelBeans lets the engine resolve these and no others.
     */
    public static final class Beans {
        public static final String CONCERN_INTAKE = "concernIntake";
        public static final String RISK_LEVEL_RECORDER = "riskLevelRecorder";
        public static final String TASK_OUTCOME_RECORDER = "taskOutcomeRecorder";
        /** Also the email steps of the missing episode. */
        public static final String NOTIFY_BY_EMAIL = "notifyByEmail";
        /** Due dates and escalation timers of every user task, in both models. */
        public static final String DEADLINES = "deadlines";
        /** The escalation step of every user task, in both models. */
        public static final String ESCALATE_TASK = "escalateTask";
        /** Who an urgent step goes to: the child's social worker in office hours, the duty team out of hours. */
        public static final String ON_DUTY = "onDuty";

        /** The follow-up steps of the decision and the manager's sign-off of the closing. */
        public static final String FOLLOW_UP_RECORDER = "followUpRecorder";
        /** Who is in a group: the fostering managers offered the sign-off of a closing. */
        public static final String PEOPLE = "people";

        public static final Set<String> ALL = Set.of(CONCERN_INTAKE, RISK_LEVEL_RECORDER, TASK_OUTCOME_RECORDER,
                NOTIFY_BY_EMAIL, DEADLINES, ESCALATE_TASK, FOLLOW_UP_RECORDER, ON_DUTY, PEOPLE);

        private Beans() {
        }
    }

    private ConcernProcess() {
    }
}
