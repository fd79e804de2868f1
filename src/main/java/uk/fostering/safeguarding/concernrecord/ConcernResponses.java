package uk.fostering.safeguarding.concernrecord;

import java.time.Instant;
import java.util.List;
import uk.fostering.safeguarding.audit.AuditEvent;
import uk.fostering.safeguarding.chronology.ConcernEvent;
import uk.fostering.safeguarding.concern.Concern;
import uk.fostering.safeguarding.concern.ConcernView;
import uk.fostering.safeguarding.concern.OpenTask;
import uk.fostering.safeguarding.missing.MissingEpisode;

/** What the concern API answers about concerns. Narrative stays on the concern page and in the detail, never in lists. */
final class ConcernResponses {

    record Summary(String reference, String childId, String category, String status, String riskLevel,
            Instant raisedAt) {
        static Summary of(Concern c) {
            return new Summary(c.getReference(), c.getChildId(), c.getCategory().name(), c.getStatus().name(),
                    c.getRiskLevel() == null ? null : c.getRiskLevel().name(), c.getRaisedAt());
        }
    }

    record Task(String id, String step, String name, String responsible, boolean acknowledged, Instant due,
            int escalationLevel) {
        static Task of(OpenTask t) {
            return new Task(t.id(), t.step(), t.name(), t.responsible(), t.acknowledged(), t.due(), t.escalationLevel());
        }
    }

    /** A missing episode's times and state; what people wrote stays on the concern page. */
    record Episode(int number, String status, Instant missingSince, Instant policeCalledAt,
            Instant strategyDiscussionAt, Instant returnedAt, Instant interviewedAt, Instant reviewedAt) {
        static Episode of(MissingEpisode e) {
            return new Episode(e.getEpisodeNumber(), e.getStatus().name(), e.getMissingSince(), e.getPoliceCalledAt(),
                    e.getDiscussionHeldAt(), e.getReturnedAt(), e.getInterviewedAt(), e.getReviewedAt());
        }
    }

    record Event(Instant at, String actor, String type, String note) {
        static Event of(ConcernEvent e) {
            return new Event(e.getOccurredAt(), e.getActor(), e.getType().name(), e.getNote());
        }
    }

    record AuditLine(Instant at, String actor, String action, String detail) {
        static AuditLine of(AuditEvent e) {
            return new AuditLine(e.getOccurredAt(), e.getActor(), e.getAction(), e.getDetail());
        }
    }

    record Detail(String reference, String childId, String category, String status, String riskLevel,
            List<String> indicators, Instant observedAt, boolean childMissing, boolean immediateDanger,
            Instant raisedAt, String raisedBy, List<Task> openTasks, List<Episode> missingEpisodes,
            List<Event> chronology) {
        static Detail of(ConcernView view, List<MissingEpisode> episodes) {
            Concern c = view.concern();
            return new Detail(c.getReference(), c.getChildId(), c.getCategory().name(), c.getStatus().name(),
                    c.getRiskLevel() == null ? null : c.getRiskLevel().name(),
                    c.indicatorList().stream().map(Enum::name).toList(), c.getObservedAt(), c.isChildMissing(),
                    c.isImmediateDanger(), c.getRaisedAt(), c.getRaisedBy(),
                    view.openTasks().stream().map(Task::of).toList(), episodes.stream().map(Episode::of).toList(),
                    view.chronology().stream().map(Event::of).toList());
        }
    }

    private ConcernResponses() {
    }
}
