package uk.fostering.safeguarding.missing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import uk.fostering.safeguarding.concern.ConcernFakes;

/** The missing services wired to in-memory fakes, over the concern services wired by {@link ConcernFakes}. */
final class MissingFakes {

    final ConcernFakes concern = new ConcernFakes();
    final InMemoryEpisodes episodes = new InMemoryEpisodes();
    final FakeMissingWorkflow workflow = new FakeMissingWorkflow();
    final MissingSettings settings = new MissingSettings(Duration.ofHours(24), Map.of(), Duration.ofDays(90), 3);
    final ReportingMissing reporting = new ReportingMissing(episodes, concern.raising, concern.queries,
            concern.chronology, workflow, concern.inputs, concern.published::add, concern.clock);
    final EpisodeSteps steps = new EpisodeSteps(episodes, concern.steps, concern.chronology, settings, concern.inputs,
            concern.clock);
    final MissingEpisodeQueries queries = new MissingEpisodeQueries(episodes, concern.clock);
    final InMemoryAbsences absences = new InMemoryAbsences();
    final ChildReports reports = new ChildReports(absences, episodes, reporting, concern.raising, concern.queries,
            concern.chronology, concern.audit, workflow, concern.inputs, concern.clock);

    /** The absence table in memory, numbering absences as the database would. */
    static final class InMemoryAbsences implements AbsenceRepository {

        private final List<Absence> all = new ArrayList<>();

        @Override
        public Absence save(Absence absence) {
            if (!all.contains(absence)) {
                all.add(absence);
                try {
                    var id = Absence.class.getDeclaredField("id");
                    id.setAccessible(true);
                    id.set(absence, (long) all.size());
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            return absence;
        }

        @Override
        public Optional<Absence> findById(Long id) {
            return all.stream().filter(a -> a.getId().equals(id)).findFirst();
        }

        @Override
        public Optional<Absence> findFirstByChildIdAndStatusOrderByAwaySinceDesc(String childId, AbsenceStatus status) {
            return all.stream().filter(a -> a.getChildId().equals(childId) && a.getStatus() == status)
                    .max(Comparator.comparing(Absence::getAwaySince));
        }
    }

    /** The missing_episode table in memory. */
    static final class InMemoryEpisodes implements MissingEpisodeRepository {

        private final List<MissingEpisode> all = new ArrayList<>();

        @Override
        public MissingEpisode save(MissingEpisode episode) {
            if (!all.contains(episode)) {
                all.add(episode);
            }
            return episode;
        }

        @Override
        public Optional<MissingEpisode> findFirstByChildIdAndStatusOrderByMissingSinceDesc(String childId,
                EpisodeStatus status) {
            return sorted(e -> e.getChildId().equals(childId) && e.getStatus() == status,
                    Comparator.comparing(MissingEpisode::getMissingSince).reversed()).stream().findFirst();
        }

        @Override
        public Optional<MissingEpisode> findFirstByConcernReferenceAndStatusOrderByEpisodeNumberDesc(String reference,
                EpisodeStatus status) {
            return sorted(e -> e.getConcernReference().equals(reference) && e.getStatus() == status,
                    Comparator.comparing(MissingEpisode::getEpisodeNumber).reversed()).stream().findFirst();
        }

        @Override
        public Optional<MissingEpisode> findByConcernReferenceAndEpisodeNumber(String reference, int episodeNumber) {
            return all.stream().filter(e -> e.getConcernReference().equals(reference)
                    && e.getEpisodeNumber() == episodeNumber).findFirst();
        }

        @Override
        public List<MissingEpisode> findByConcernReferenceOrderByEpisodeNumberAsc(String reference) {
            return sorted(e -> e.getConcernReference().equals(reference),
                    Comparator.comparing(MissingEpisode::getEpisodeNumber));
        }

        @Override
        public List<MissingEpisode> findByStatusOrderByMissingSinceAsc(EpisodeStatus status) {
            return sorted(e -> e.getStatus() == status, Comparator.comparing(MissingEpisode::getMissingSince));
        }

        @Override
        public long countByChildIdAndMissingSinceGreaterThanEqual(String childId, Instant since) {
            return all.stream().filter(e -> e.getChildId().equals(childId) && !e.getMissingSince().isBefore(since))
                    .count();
        }

        @Override
        public int lastEpisodeNumber(String reference) {
            return all.stream().filter(e -> e.getConcernReference().equals(reference))
                    .mapToInt(MissingEpisode::getEpisodeNumber).max().orElse(0);
        }

        private List<MissingEpisode> sorted(Predicate<MissingEpisode> which, Comparator<MissingEpisode> order) {
            return all.stream().filter(which).sorted(order).toList();
        }
    }

    /** The engine as the missing feature sees it: what it was told. */
    static final class FakeMissingWorkflow implements MissingWorkflow {

        final List<String> told = new ArrayList<>();

        @Override
        public void childMissing(String reference, int episodeNumber, Instant missingSince) {
            told.add("missing " + reference + " #" + episodeNumber + " since " + missingSince);
        }

        @Override
        public void childReturned(String reference, Instant returnedAt) {
            told.add("returned " + reference + " at " + returnedAt);
        }

        @Override
        public void absenceEnded(String absenceReference, boolean becameMissing) {
            told.add("absence " + absenceReference + (becameMissing ? " became missing" : " ended: back"));
        }
    }
}
