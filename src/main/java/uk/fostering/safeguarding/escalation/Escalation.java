package uk.fostering.safeguarding.escalation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;

/** A task that was not acknowledged or finished in time, and how far up it has gone. */
@Entity
public class Escalation {

    /** Level 1 goes to the responsible person's manager, level 2 (the top) to the registered manager. */
    public static final int TOP_LEVEL = 2;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String concernReference;
    private String taskId;
    private String step;
    private String stepName;
    private String responsibleId;
    @Enumerated(EnumType.STRING)
    private EscalationReason reason;
    private int level;
    /** How many times it has escalated: repeats at the top level keep counting. */
    private int round;
    private Instant deadline;
    private Instant escalatedAt;
    private Instant resolvedAt;
    @Version
    private Long version;

    protected Escalation() {
    }

    Escalation(String concernReference, String taskId, String step, String stepName, String responsibleId,
            EscalationReason reason, Instant deadline) {
        this.concernReference = concernReference;
        this.taskId = taskId;
        this.step = step;
        this.stepName = stepName;
        this.responsibleId = responsibleId;
        this.reason = reason;
        this.deadline = deadline;
    }

    /**
     * Climbs one level (staying at the top once there) and counts the round; the row names who the step waits for
     * now, who may have changed since the last round (the step moved with a placement or to a leaver's manager).
     */
    void climb(Instant now, String responsibleId) {
        this.responsibleId = responsibleId;
        level = Math.min(level + 1, TOP_LEVEL);
        round++;
        escalatedAt = now;
        resolvedAt = null;
    }

    void resolve(Instant now) {
        if (resolvedAt == null) {
            resolvedAt = now;
        }
    }

    public int getLevel() {
        return level;
    }

    public int getRound() {
        return round;
    }
}
