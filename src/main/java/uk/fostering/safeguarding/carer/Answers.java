package uk.fostering.safeguarding.carer;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.fostering.safeguarding.process.FormDateTime;

/**
 * What a carer has answered so far in one journey (a raise, a report, a step), kept in their signed-in session
 * between its pages so that "Check your answers" can send them and "Change" can go back; forgotten once sent.
 * Once sent, the journey keeps only the reference, for its confirmation page and so that the same answers
 * sent twice (a double tap, the back button) are not sent again.
 */
final class Answers implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> fields = new LinkedHashMap<>();
    private final List<String> signs = new ArrayList<>();
    private String sentReference;

    /** The journey's answers in this session, made empty on first use. */
    static Answers of(HttpSession session, String journey) {
        synchronized (session) {
            Object kept = session.getAttribute(key(journey));
            if (kept instanceof Answers answers) {
                return answers;
            }
            Answers made = new Answers();
            session.setAttribute(key(journey), made);
            return made;
        }
    }

    /** Starts the journey again with nothing answered. */
    static Answers fresh(HttpSession session, String journey) {
        Answers made = new Answers();
        session.setAttribute(key(journey), made);
        return made;
    }

    private static String key(String journey) {
        return Answers.class.getName() + ":" + journey;
    }

    public String get(String field) {
        return fields.getOrDefault(field, "");
    }

    public boolean has(String field) {
        return !get(field).isBlank();
    }

    void put(String field, String value) {
        fields.put(field, value == null ? "" : value.strip());
    }

    /** The four parts of a date and time as typed (day, month, year, HH:MM). */
    void putDate(FormDateTime date, Map<String, String> typed) {
        date.parts().forEach(part -> put(part, typed.get(part)));
    }

    /** The four parts as the form sends them to the engine, blank ones too, so that the error names the part. */
    void dateInto(FormDateTime date, Map<String, Object> form) {
        date.parts().forEach(part -> form.put(part, get(part)));
    }

    /** The field for the engine if the carer wrote something; left out if not (an optional field). */
    void textInto(String field, Map<String, Object> form) {
        if (has(field)) {
            form.put(field, get(field));
        }
    }

    /** As typed, for "Check your answers": 1/12/2026 at 19:41. */
    String dateAsTyped(FormDateTime date) {
        return get(date.day()) + "/" + get(date.month()) + "/" + get(date.year()) + " at " + get(date.time());
    }

    Map<String, String> fields() {
        return fields;
    }

    public List<String> signs() {
        return signs;
    }

    void signs(List<String> chosen) {
        signs.clear();
        if (chosen != null) {
            signs.addAll(chosen);
        }
    }

    /** Sent: the answers are forgotten (they are in the concern record now), the reference is kept. */
    void sent(String reference) {
        fields.clear();
        signs.clear();
        sentReference = reference;
    }

    boolean isSent() {
        return sentReference != null;
    }

    String sentReference() {
        return sentReference;
    }
}
