package uk.fostering.safeguarding.registry;

import java.util.List;
import java.util.Optional;

/**
 * Who the steps of a concern about a child go to today ({@link Registry#routedPeople}): the approved carers of the
 * household it is routed to (one or two; none without a placement), that household's SSW and the child's social
 * worker. {@code respite}: routed to a respite household, because one of its carers raised the concern.
 */
public record RoutedPeople(List<String> carers, Optional<String> ssw, Optional<String> socialWorker, boolean respite) {

    public RoutedPeople {
        carers = List.copyOf(carers);
    }
}
