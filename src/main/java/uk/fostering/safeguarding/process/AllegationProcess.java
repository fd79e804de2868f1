package uk.fostering.safeguarding.process;

import java.util.Set;

/**
 * Names shared by {@code allegationReferral.bpmn} (the registered manager's referral of an allegation about the
 * carer's household to the local authority's designated officer, the LADO) and its code.
 */
public final class AllegationProcess {

    /** One allegation about a concern's carer household; its business key is the concern reference. Started by the service only. */
    public static final String KEY = "allegationReferral";

    public static final class Ids {
        public static final String START = "StartEvent_AllegationMarked";
        public static final String REFER_TO_LADO = "Task_ReferToLado";
        public static final String END = "EndEvent_LadoAdviceRecorded";

        private Ids() {
        }
    }

    public static final class Vars {
        /**
         * The placing authority's designated officer as the registry holds them (authority, email, phone): an
         * office's contact, shown on the step's form, never anything about the child.
         */
        public static final ProcessVariable<String> DESIGNATED_OFFICER = ProcessVariable.of("designatedOfficer",
                String.class);

        private Vars() {
        }
    }

    /** What the referral form submits: when the LADO was told, their advice and their reference. */
    public static final class FormFields {
        public static final FormDateTime REFERRED_AT = new FormDateTime("referredAt", "you referred it to the designated officer");
        public static final String LADO_ADVICE = "ladoAdvice";
        public static final String LADO_REFERENCE = "ladoReference";

        public static final Set<String> ALL = FormDateTime.with(Set.of(LADO_ADVICE, LADO_REFERENCE), REFERRED_AT);

        /** Kept out of Camunda's tables: the allegation's record holds them. */
        public static final Set<String> NARRATIVE = Set.of(LADO_ADVICE, LADO_REFERENCE);

        private FormFields() {
        }
    }

    public static final class Forms {
        public static final ProcessForm REFER_TO_LADO = new ProcessForm("refer-to-lado", FormFields.REFERRED_AT,
                FormFields.LADO_ADVICE, FormFields.LADO_REFERENCE);

        private Forms() {
        }
    }

    /** Beans the model names besides the concern's deadlines, escalateTask and notifyByEmail. */
    public static final class Beans {
        public static final String LADO_REFERRAL_RECORDER = "ladoReferralRecorder";

        public static final Set<String> ALL = Set.of(LADO_REFERRAL_RECORDER);

        private Beans() {
        }
    }

    private AllegationProcess() {
    }
}
