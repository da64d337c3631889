package org.digitalcentre.progress;

import org.digitalcentre.base.SignedIn;
import org.digitalcentre.classroom.ClassroomService;
import org.digitalcentre.classroom.CohortAdministration;
import org.digitalcentre.classroom.CohortCard;
import org.digitalcentre.classroom.LearnerTile;
import org.digitalcentre.content.ContentCatalogue;
import org.digitalcentre.content.Exercise;
import org.digitalcentre.content.Module;
import org.digitalcentre.content.Simulation;
import org.digitalcentre.content.SimulationStep;
import org.digitalcentre.learning.AnswerInWords;
import org.digitalcentre.learning.AttemptRecord;
import org.digitalcentre.learning.KeptExercises;
import org.digitalcentre.learning.LearningService;
import org.digitalcentre.learning.ModuleResult;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What teachers see of their cohorts' progress. A teacher sees only the cohorts she teaches; an administrator sees
 * all. Every method checks that, whatever the screen asked for.
 */
@Service
public class CohortProgressService {

    /** An exercise fewer than this share of learners got right at the first try is worth a review. */
    public static final int STRUGGLE_PERCENT = 60;
    static final int MOST_COMMON_WRONG_ANSWERS = 3;
    static final int MAX_SUGGESTIONS = 5;

    private final ClassroomService classroom;
    private final CohortAdministration administration;
    private final LearningService learning;
    private final ContentCatalogue catalogue;
    private final KeptExercises keptExercises;

    CohortProgressService(ClassroomService classroom, CohortAdministration administration, LearningService learning,
                          ContentCatalogue catalogue, KeptExercises keptExercises) {
        this.classroom = classroom;
        this.administration = administration;
        this.learning = learning;
        this.catalogue = catalogue;
        this.keptExercises = keptExercises;
    }

    public List<CohortCard> cohortsFor(SignedIn staff) {
        return classroom.cohortsFor(staff);
    }

    @Transactional(readOnly = true)
    public CohortGrid grid(SignedIn staff, long cohortId) {
        return grid(staff, cohortId, catalogue.modules());
    }

    /** The grid for some modules only (a topic, a week of the plan), in the given order. */
    @Transactional(readOnly = true)
    public CohortGrid grid(SignedIn staff, long cohortId, List<Module> modules) {
        requireCohort(staff, cohortId);
        List<LearnerTile> learners = classroom.learnersOf(cohortId);
        Map<Long, Map<String, ModuleResult>> results =
                learning.resultsOf(learners.stream().map(LearnerTile::id).toList(), catalogue::module);
        List<CohortGrid.LearnerRow> rows = learners.stream().map(learner -> {
            Map<String, ModuleResult> hers = new HashMap<>();
            Map<String, ModuleResult> started = results.getOrDefault(learner.id(), Map.of());
            for (Module module : modules) {
                hers.put(module.id(), started.getOrDefault(module.id(), ModuleResult.notStarted(module)));
            }
            return new CohortGrid.LearnerRow(learner.id(), learner.shortName(), learner.locked(), hers);
        }).toList();
        return new CohortGrid(cohortId,
                modules.stream().map(m -> new CohortGrid.ModuleColumn(m.id(), m.title())).toList(), rows);
    }

    /** Lets a learner locked by five wrong codes try again. */
    public void unlock(SignedIn staff, long learnerId) {
        administration.unlock(staff, learnerId);
    }

    /** Every answer of one learner, newest first, described in the teacher's language. */
    @Transactional(readOnly = true)
    public List<AttemptLine> attemptsOf(SignedIn staff, long learnerId, String language, Map<Boolean, String> yesNo) {
        LearnerTile learner = classroom.learner(learnerId).orElseThrow(() -> new AccessDeniedException("No such learner"));
        requireCohort(staff, learner.cohortId());
        Map<String, Optional<KeptExercises.Kept>> kept = new HashMap<>();
        return learning.attemptsOf(learnerId).stream().map(attempt -> line(attempt, language, yesNo, kept)).toList();
    }

    /**
     * The cohort's exercises, hardest first: by first-try success, then by the number who struggled. Only exercises
     * at least one learner has tried, and that the content still has.
     */
    @Transactional(readOnly = true)
    public List<DifficultExercise> difficultExercises(SignedIn staff, long cohortId, String language,
                                                      Map<Boolean, String> yesNo) {
        requireCohort(staff, cohortId);
        List<Long> learners = learnerIds(cohortId);
        Map<LearningService.ExerciseKey, List<LearningService.AnswerCount>> wrongAnswers =
                learning.wrongAnswersByVersion(learners);
        Map<String, Optional<KeptExercises.Kept>> keptCache = new HashMap<>();
        Map<LearningService.ExerciseKey, List<LearningService.StepStats>> stepStats =
                learning.firstTryStepStats(learners);
        List<DifficultExercise> exercises = new ArrayList<>();
        for (LearningService.ExerciseStats stats : learning.firstTryStats(learners)) {
            Optional<Module> module = catalogue.module(stats.moduleId());
            Optional<Exercise> exercise = module.flatMap(m -> m.exercise(stats.exerciseId()));
            if (exercise.isEmpty()) {
                continue;
            }
            LearningService.ExerciseKey key = new LearningService.ExerciseKey(stats.moduleId(), stats.exerciseId());
            // A simulation's tries are long event lists, each its own: what the group failed is told by its steps.
            List<DifficultExercise.WrongAnswer> wrong = exercise.get() instanceof Simulation ? List.of()
                    : mostCommon(module.get(), exercise.get(), wrongAnswers.getOrDefault(key, List.of()), language,
                    yesNo, keptCache);
            List<DifficultExercise.FailedStep> failedSteps = new ArrayList<>();
            if (exercise.get() instanceof Simulation simulation) {
                Map<String, LearningService.StepStats> byStep = new HashMap<>();
                stepStats.getOrDefault(key, List.of()).forEach(step -> byStep.put(step.stepId(), step));
                for (SimulationStep step : simulation.steps()) {
                    LearningService.StepStats done = byStep.get(step.id());
                    if (done != null) {
                        failedSteps.add(new DifficultExercise.FailedStep(step.label().in(language),
                                done.learners() - done.right(), done.learners()));
                    }
                }
            }
            exercises.add(new DifficultExercise(stats.moduleId(), module.get().title().in(language),
                    stats.exerciseId(), exercise.get().prompt().in(language), stats.learners(),
                    stats.rightFirstTime(), wrong, failedSteps));
        }
        exercises.sort(Comparator.comparingInt(DifficultExercise::successPercent)
                .thenComparing(Comparator.comparingInt(DifficultExercise::struggled).reversed())
                .thenComparing(DifficultExercise::moduleTitle).thenComparing(DifficultExercise::exerciseId));
        return exercises;
    }

    /**
     * The wrong answers given most often, each in words as the version it was given on wrote the exercise: the same
     * words given on several versions count together, marked "changed since" when one of them is not the current.
     */
    private List<DifficultExercise.WrongAnswer> mostCommon(Module module, Exercise current,
                                                           List<LearningService.AnswerCount> counts, String language,
                                                           Map<Boolean, String> yesNo,
                                                           Map<String, Optional<KeptExercises.Kept>> keptCache) {
        Map<String, int[]> byWords = new LinkedHashMap<>();
        Map<String, Boolean> changed = new HashMap<>();
        for (LearningService.AnswerCount count : counts) {
            boolean old = count.contentVersion() != null && !count.contentVersion().equals(module.version());
            Exercise asAnswered = !old ? current : keptCache.computeIfAbsent(module.id() + "@"
                            + count.contentVersion() + "/" + current.id(), k -> keptExercises.asAnswered(module.id(),
                            count.contentVersion(), current.id())).map(KeptExercises.Kept::exercise).orElse(current);
            String words = AnswerInWords.describe(asAnswered, count.answer(), language, yesNo);
            byWords.computeIfAbsent(words, w -> new int[1])[0] += count.count();
            changed.merge(words, old, Boolean::logicalOr);
        }
        return byWords.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, int[]> e) -> e.getValue()[0]).reversed()
                        .thenComparing(Map.Entry::getKey))
                .limit(MOST_COMMON_WRONG_ANSWERS)
                .map(e -> new DifficultExercise.WrongAnswer(e.getKey(), e.getValue()[0], changed.get(e.getKey())))
                .toList();
    }

    /** Who answered what to one exercise of the cohort, oldest first. */
    @Transactional(readOnly = true)
    public List<AnswerLine> answersTo(SignedIn staff, long cohortId, String moduleId, String exerciseId,
                                      String language, Map<Boolean, String> yesNo) {
        requireCohort(staff, cohortId);
        Map<Long, String> names = new HashMap<>();
        classroom.learnersOf(cohortId).forEach(l -> names.put(l.id(), l.shortName()));
        Map<String, Optional<KeptExercises.Kept>> kept = new HashMap<>();
        return learning.answersTo(names.keySet(), moduleId, exerciseId).stream().map(a -> {
            AsAnswered asAnswered = asAnswered(a, kept);
            return new AnswerLine(a.learnerId(), names.get(a.learnerId()), asAnswered.prompt(language),
                    asAnswered.exercise().map(e -> AnswerInWords.describe(e, a, language, yesNo))
                            .orElse(a.answerJson()),
                    a.correct(), a.firstTry(), a.endedAt(), asAnswered.changedSince());
        }).toList();
    }

    /** Everything a teacher reads about one learner of her cohorts. */
    @Transactional(readOnly = true)
    public LearnerOverview learnerOverview(SignedIn staff, long learnerId, String language,
                                           Map<Boolean, String> yesNo) {
        LearnerTile learner = classroom.learner(learnerId).orElseThrow(() -> new AccessDeniedException("No such learner"));
        requireCohort(staff, learner.cohortId());
        Map<String, ModuleResult> started = learning.resultsOf(learnerId, catalogue::module);
        Map<String, ModuleResult> modules = new LinkedHashMap<>();
        for (Module module : catalogue.modules()) {
            modules.put(module.id(), started.getOrDefault(module.id(), ModuleResult.notStarted(module)));
        }
        Map<String, List<Module>> byCompetence = new TreeMap<>();
        catalogue.modules().forEach(m -> m.competences().forEach(code ->
                byCompetence.computeIfAbsent(code, c -> new ArrayList<>()).add(m)));
        List<LearnerOverview.CompetenceProgress> competences = byCompetence.entrySet().stream().map(entry -> {
            List<ModuleResult> results = entry.getValue().stream().map(m -> modules.get(m.id())).toList();
            int answered = results.stream().mapToInt(ModuleResult::exercisesAnswered).sum();
            int right = results.stream().mapToInt(ModuleResult::firstTryRight).sum();
            return new LearnerOverview.CompetenceProgress(entry.getKey(), results.size(),
                    (int) results.stream().filter(r -> r.status().isDone()).count(), answered,
                    answered == 0 ? 0 : Math.round(100f * right / answered));
        }).toList();
        Map<Integer, Long> perWeek = new TreeMap<>();
        classroom.schedule(learner.cohortId()).ifPresent(schedule -> learning.secondsPerDay(learnerId)
                .forEach((day, seconds) -> perWeek.merge(schedule.weekOf(day), seconds, Long::sum)));
        Map<String, Optional<KeptExercises.Kept>> kept = new HashMap<>();
        List<AttemptLine> attempts = learning.attemptsOf(learnerId).stream()
                .map(attempt -> line(attempt, language, yesNo, kept)).toList();
        return new LearnerOverview(learnerId, learner.shortName(), learner.cohortId(), modules, competences, perWeek,
                attempts);
    }

    /**
     * What to review with the group: the exercises fewer than {@value #STRUGGLE_PERCENT}% of learners got right at the
     * first try (at least two learners struggled), and the competences whose exercises went worst, each with the
     * module to review. Hardest first.
     */
    @Transactional(readOnly = true)
    public List<Suggestion> suggestions(SignedIn staff, long cohortId, String language) {
        requireCohort(staff, cohortId);
        List<LearningService.ExerciseStats> stats = learning.firstTryStats(learnerIds(cohortId));
        List<Suggestion> suggestions = new ArrayList<>();
        stats.stream().filter(s -> s.successPercent() < STRUGGLE_PERCENT && s.learners() - s.rightFirstTime() >= 2)
                .sorted(Comparator.comparingInt(LearningService.ExerciseStats::successPercent))
                .limit(MAX_SUGGESTIONS)
                .forEach(s -> catalogue.module(s.moduleId()).ifPresent(m -> m.exercise(s.exerciseId()).ifPresent(e ->
                        suggestions.add(new Suggestion(Suggestion.Kind.EXERCISE, m.id(), m.title().in(language),
                                e.prompt().in(language), s.learners() - s.rightFirstTime(), s.learners())))));
        Map<String, int[]> byCompetence = new TreeMap<>();
        Map<String, Map<String, int[]>> moduleByCompetence = new HashMap<>();
        for (LearningService.ExerciseStats s : stats) {
            catalogue.module(s.moduleId()).ifPresent(m -> m.competences().forEach(code -> {
                int[] totals = byCompetence.computeIfAbsent(code, c -> new int[2]);
                totals[0] += s.learners();
                totals[1] += s.rightFirstTime();
                int[] perModule = moduleByCompetence.computeIfAbsent(code, c -> new HashMap<>())
                        .computeIfAbsent(m.id(), id -> new int[2]);
                perModule[0] += s.learners();
                perModule[1] += s.rightFirstTime();
            }));
        }
        byCompetence.entrySet().stream()
                .filter(e -> e.getValue()[0] > 0 && 100 * e.getValue()[1] < STRUGGLE_PERCENT * e.getValue()[0])
                .sorted(Comparator.comparingDouble(e -> e.getValue()[1] / (double) e.getValue()[0]))
                .limit(MAX_SUGGESTIONS)
                .forEach(e -> moduleByCompetence.get(e.getKey()).entrySet().stream()
                        .min(Comparator.comparingDouble(m -> m.getValue()[1] / (double) m.getValue()[0]))
                        .flatMap(worst -> catalogue.module(worst.getKey()))
                        .ifPresent(m -> suggestions.add(new Suggestion(Suggestion.Kind.COMPETENCE, m.id(),
                                m.title().in(language), e.getKey(), e.getValue()[0] - e.getValue()[1],
                                e.getValue()[0]))));
        return suggestions;
    }

    private List<Long> learnerIds(long cohortId) {
        return classroom.learnersOf(cohortId).stream().map(LearnerTile::id).toList();
    }

    /**
     * An answer beside its question as the version she answered wrote it (the kept content version), never the
     * question as it is now: a reworded question or a changed choice would make her answer read wrong.
     */
    private AttemptLine line(AttemptRecord attempt, String language, Map<Boolean, String> yesNo,
                             Map<String, Optional<KeptExercises.Kept>> keptCache) {
        AsAnswered asAnswered = asAnswered(attempt, keptCache);
        String answer = asAnswered.exercise().map(e -> AnswerInWords.describe(e, attempt, language, yesNo))
                .orElse(attempt.answerJson());
        String moduleTitle = asAnswered.module().map(m -> m.title().in(language))
                .or(() -> asAnswered.kept().map(k -> k.moduleTitle().in(language))).orElse(attempt.moduleId());
        return new AttemptLine(moduleTitle, asAnswered.prompt(language), answer, attempt.correct(), attempt.score(),
                attempt.firstTry(), attempt.hintUsed(), Math.round(attempt.timeSpentMs() / 1000.0),
                attempt.endedAt(), asAnswered.removed(), asAnswered.changedSince());
    }

    /**
     * The exercise as she answered it: kept at the version of her answer, else (never kept) as it is now. Each kept
     * version is read once per screen ({@code keptCache}).
     */
    private AsAnswered asAnswered(AttemptRecord attempt, Map<String, Optional<KeptExercises.Kept>> keptCache) {
        Optional<Module> module = catalogue.module(attempt.moduleId());
        Optional<Exercise> current = module.flatMap(m -> m.exercise(attempt.exerciseId()));
        Optional<KeptExercises.Kept> kept = keptCache.computeIfAbsent(attempt.moduleId() + "@"
                + attempt.contentVersion() + "/" + attempt.exerciseId(), key -> keptExercises.asAnswered(
                attempt.moduleId(), attempt.contentVersion(), attempt.exerciseId()));
        boolean changedSince = module.isPresent() && !module.get().version().equals(attempt.contentVersion());
        return new AsAnswered(attempt.exerciseId(), module, kept.map(KeptExercises.Kept::exercise).or(() -> current),
                kept, current.isEmpty(), changedSince);
    }

    private record AsAnswered(String exerciseId, Optional<Module> module, Optional<Exercise> exercise,
                              Optional<KeptExercises.Kept> kept, boolean removed, boolean changedSince) {

        String prompt(String language) {
            return exercise.map(e -> e.prompt().in(language)).orElse(exerciseId);
        }
    }


    private void requireCohort(SignedIn staff, long cohortId) {
        if (!classroom.mayWorkWith(staff, cohortId)) {
            throw new AccessDeniedException("Not one of this person's cohorts");
        }
    }
}
