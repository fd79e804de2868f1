package uk.fostering.safeguarding.escalation;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import uk.fostering.safeguarding.audit.Audit;
import uk.fostering.safeguarding.missing.ChildMissingPeriod;
import uk.fostering.safeguarding.missing.MissingEpisodeQueries;
import uk.fostering.safeguarding.registry.Caller;

/**
 * What the managers' dashboard shows: the open escalations and the children missing now, read and audited here,
 * so that every concern on the screen is one read line in its audit trail however the page asks for it.
 */
@Service
public class Dashboard {

    private final EscalationBoard board;
    private final MissingEpisodeQueries episodes;
    private final Audit audit;

    public Dashboard(EscalationBoard board, MissingEpisodeQueries episodes, Audit audit) {
        this.board = board;
        this.episodes = episodes;
        this.audit = audit;
    }

    public View read(Caller reader, Optional<Integer> level, Optional<String> step, Optional<String> team, int shown) {
        EscalationBoard.Board escalations = board.board(level, step, team, shown);
        List<ChildMissingPeriod> missing = episodes.currentlyMissing();
        audit.recordReads(reader.userId(), Stream.concat(escalations.references().stream(),
                missing.stream().map(ChildMissingPeriod::reference)).toList(), "dashboard");
        return new View(escalations, missing);
    }

    public record View(EscalationBoard.Board escalations, List<ChildMissingPeriod> missing) {
    }
}
