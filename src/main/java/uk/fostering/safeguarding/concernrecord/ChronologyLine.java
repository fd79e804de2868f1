package uk.fostering.safeguarding.concernrecord;

import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import uk.fostering.safeguarding.chronology.ConcernEvent;
import uk.fostering.safeguarding.concern.ConcernCategory;
import uk.fostering.safeguarding.concern.NextStep;
import uk.fostering.safeguarding.shared.RiskLevel;

/**
 * One chronology entry in words for the concern page. The stored notes of a few entries begin with a
 * code (the category raised, the level assessed or raised to, the decision), kept as codes for the API;
 * the page shows that code's label instead, and any words after it as they were written.
 */
record ChronologyLine(Instant occurredAt, String what, String actor, String note) {

    static ChronologyLine of(ConcernEvent event) {
        return new ChronologyLine(event.getOccurredAt(), event.getType().label(), event.getActor(),
                inWords(event));
    }

    private static String inWords(ConcernEvent event) {
        String note = event.getNote();
        if (note == null) {
            return null;
        }
        return switch (event.getType()) {
            case RAISED -> leadingCode(note, ConcernCategory.class, ConcernCategory::label);
            case RISK_ASSESSED, RISK_RAISED -> leadingCode(note, RiskLevel.class, RiskLevel::label);
            case DECIDED -> leadingCode(note, NextStep.class, NextStep::label);
            default -> note;
        };
    }

    /** "HIGH: reason" becomes "High: reason", "MONITOR" becomes "Monitor"; a note that starts otherwise stays. */
    private static <E extends Enum<E>> String leadingCode(String note, Class<E> type, Function<E, String> label) {
        int end = note.indexOf(':');
        String head = end < 0 ? note : note.substring(0, end);
        Optional<E> code = Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(head)).findFirst();
        return code.map(c -> label.apply(c) + note.substring(head.length())).orElse(note);
    }
}
