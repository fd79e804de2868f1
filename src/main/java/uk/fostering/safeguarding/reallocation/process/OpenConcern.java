package uk.fostering.safeguarding.reallocation.process;

import java.util.List;
import java.util.stream.Stream;

/**
 * One open concern as the engine runs it: its process instance and those of its open missing episodes (each keeps
 * its own copy of the people, handed over when it started), with the people the concern is routed to now.
 */
record OpenConcern(String reference, String instanceId, List<String> episodeIds, String childId, String raisedBy,
        String carerId, String sswId, String socialWorkerId) {

    OpenConcern {
        episodeIds = List.copyOf(episodeIds);
    }

    /** The concern's instance first, then its episodes'. */
    List<String> instanceIds() {
        return Stream.concat(Stream.of(instanceId), episodeIds.stream()).toList();
    }
}
