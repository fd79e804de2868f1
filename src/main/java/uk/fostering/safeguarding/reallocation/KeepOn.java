package uk.fostering.safeguarding.reallocation;

import java.util.Objects;

/**
 * A fostering manager's decision that the carers whose placement of a child ends keep seeing the child's open
 * concerns (a carer who still has a part to play, a short overlap): who decided and why, recorded on each concern.
 */
public record KeepOn(String manager, String reason) {

    public KeepOn {
        Objects.requireNonNull(manager, "manager");
        Objects.requireNonNull(reason, "reason");
    }
}
