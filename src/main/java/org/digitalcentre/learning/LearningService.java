package org.digitalcentre.learning;

import org.digitalcentre.content.Exercise;
import org.digitalcentre.content.Module;
import org.digitalcentre.content.Simulation;
import org.digitalcentre.simulation.SimEvent;
import org.digitalcentre.simulation.Simulations;
import org.digitalcentre.simulation.StepOutcome;
import org.digitalcentre.simulation.StepResult;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * A learner taking modules: where she is, what she answered, how she is doing. Every answer is stored as it is
 * given, so nothing she does is lost when she leaves.
 */
@Service
public class LearningService {

    /** The longest check id a page may send (a UUID has 36 characters); the column holds 40. */
    public static final int CHECK_ID_MAX_LENGTH = 40;

    private final ModuleProgressRepository progress;
    private final AttemptRepository attempts;
    private final LearnerDayRepository days;
    private final SimulationDraftRepository drafts;
    private final AttemptRecorder recorder;
    private final Clock clock;

    LearningService(ModuleProgressRepository progress, AttemptRepository attempts, LearnerDayRepository days,
                    SimulationDraftRepository drafts, AttemptRecorder recorder, Clock clock) {
        this.progress = progress;
        this.attempts = attempts;
        this.days = days;
        this.drafts = drafts;
        this.recorder = recorder;
        this.clock = clock;
    }

    /**
     * Opens a module for her: the step she stopped at (the first one the first time, or when the author has removed
     * that step), and her latest answer to each exercise so that the player can show them again.
     */
    @Transactional
    public ModuleVisit open(long learnerId, Module module) {
        Instant now = clock.instant();
        ModuleProgress row = progress.findByLearnerIdAndModuleId(learnerId, module.id())
                .orElseGet(() -> progress.save(new ModuleProgress(learnerId, module.id(), module.version(),
                        module.steps().get(0).id(), now)));
        int index = Math.max(0, module.indexOf(row.getCurrentStepId()));
        Map<String, GivenAnswer> latest = new LinkedHashMap<>();
        for (Attempt attempt : attempts.findByLearnerIdAndModuleIdOrderByEndedAtAscIdAsc(learnerId, module.id())) {
            latest.put(attempt.getExerciseId(),
                    new GivenAnswer(AnswerCodec.fromJson(attempt.getAnswer()), attempt.isCorrect()));
        }
        row.reopen(module.steps().get(index).id(), module.version(), now);
        return new ModuleVisit(module.id(), index, latest);
    }

    /** She moved to another step: that is where the module reopens next time. */
    @Transactional
    public void moveTo(long learnerId, Module module, int stepIndex) {
        String stepId = module.steps().get(stepIndex).id();
        Instant now = clock.instant();
        progress.findByLearnerIdAndModuleId(learnerId, module.id()).ifPresentOrElse(
                row -> countTime(learnerId, row.moveTo(stepId, module.version(), now)),
                () -> progress.save(new ModuleProgress(learnerId, module.id(), module.version(), stepId, now)));
    }

    /**
     * Grades and stores one answer made outside a learner's page (tests, imports): a check of its own. {@code shownAt}
     * is when the exercise appeared, for the time spent.
     */
    @Transactional
    public Grade answer(long learnerId, Module module, Exercise exercise, Answer answer, String language,
                        Instant shownAt, boolean hintUsed) {
        return answer(learnerId, module, exercise, answer, language, shownAt, hintUsed, newCheckId());
    }

    /**
     * Grades and stores one answer, once: {@code checkId} is the id her page gave this check. The same id again (a
     * double-click, a request sent again after a lost connection) stores nothing new and gives the grade stored
     * then. Her first answer to an exercise is her first try, however many workstations answer at once: the
     * database keeps one (docs/decisions/0009). When this returns, the answer is committed.
     */
    @Transactional
    public Grade answer(long learnerId, Module module, Exercise exercise, Answer answer, String language,
                        Instant shownAt, boolean hintUsed, String checkId) {
        if (checkId == null || checkId.isBlank() || checkId.length() > CHECK_ID_MAX_LENGTH) {
            throw new IllegalArgumentException("A check id has 1 to " + CHECK_ID_MAX_LENGTH + " characters");
        }
        Grade grade = AnswerGrader.grade(exercise, answer, language);
        Instant now = clock.instant();
        boolean maybeFirst = !attempts.existsByLearnerIdAndExerciseIdAndModuleId(learnerId, exercise.id(), module.id());
        AttemptRecorder.Stored stored = recorder.record(new AttemptRecorder.NewAttempt(learnerId, module.id(),
                module.version(), exercise.id(), checkId, AnswerCodec.toJson(withoutPasswords(exercise, answer)), grade,
                hintUsed,
                shownAt.isAfter(now) ? now : shownAt, now), maybeFirst);
        if (stored.isNew()) {
            // Answering is being busy with the module too: it counts as time spent and as her latest activity.
            progress.findByLearnerIdAndModuleId(learnerId, module.id())
                    .ifPresent(row -> countTime(learnerId, row.touch(now)));
            // A checked try is an attempt now: nothing half-done is left to resume.
            drafts.findById(new SimulationDraft.Key(learnerId, module.id(), exercise.id())).ifPresent(drafts::delete);
        }
        return stored.grade();
    }

    /** A fresh id for one check: random, so that no two pages ever make the same. */
    public static String newCheckId() {
        return UUID.randomUUID().toString();
    }

    /**
     * Keeps the simulation try she has not checked yet, as she goes, so that leaving the page loses nothing. An
     * empty list (she started again) forgets it.
     */
    @Transactional
    public void keepDraft(long learnerId, Module module, Exercise exercise, List<SimEvent> events) {
        SimulationDraft.Key key = new SimulationDraft.Key(learnerId, module.id(), exercise.id());
        Optional<SimulationDraft> kept = drafts.findById(key);
        if (events.isEmpty()) {
            kept.ifPresent(drafts::delete);
            return;
        }
        String json = AnswerCodec.toJson(withoutPasswords(exercise, new Answer.SimulationEvents(events)));
        Instant now = clock.instant();
        kept.ifPresentOrElse(draft -> draft.update(json, now), () -> drafts.save(new SimulationDraft(key, json, now)));
    }

    /**
     * The answer as it may be stored: what she typed in a simulation's password field replaced by a stand-in that
     * grades the same (graded on the real text before, in memory). Never a password in the database, nor in a log.
     */
    static Answer withoutPasswords(Exercise exercise, Answer answer) {
        if (exercise instanceof Simulation simulation && answer instanceof Answer.SimulationEvents done) {
            return new Answer.SimulationEvents(Simulations.forStorage(simulation, done.events()));
        }
        return answer;
    }

    /** Her unchecked simulation try, or an empty list. */
    @Transactional(readOnly = true)
    public List<SimEvent> draftOf(long learnerId, String moduleId, String exerciseId) {
        return drafts.findById(new SimulationDraft.Key(learnerId, moduleId, exerciseId))
                .map(draft -> AnswerCodec.fromJson(draft.events()))
                .filter(Answer.SimulationEvents.class::isInstance)
                .map(answer -> ((Answer.SimulationEvents) answer).events())
                .orElse(List.of());
    }

    /**
     * Keeps the words she typed in an exercise's blanks and has not checked yet, as she types, so that being signed
     * out (the idle limit, a closed browser) loses nothing: she finds them when she comes back. No words forget it.
     * Kept with the simulations' unchecked tries (one unchecked answer per learner and exercise), as JSON.
     */
    @Transactional
    public void keepTypedDraft(long learnerId, Module module, Exercise exercise, List<String> words) {
        SimulationDraft.Key key = new SimulationDraft.Key(learnerId, module.id(), exercise.id());
        Optional<SimulationDraft> kept = drafts.findById(key);
        if (words.stream().allMatch(word -> word == null || word.isBlank())) {
            kept.ifPresent(drafts::delete);
            return;
        }
        String json = AnswerCodec.toJson(new Answer.Blanks(List.copyOf(words)));
        Instant now = clock.instant();
        kept.ifPresentOrElse(draft -> draft.update(json, now), () -> drafts.save(new SimulationDraft(key, json, now)));
    }

    /** The words she typed and has not checked, if any. */
    @Transactional(readOnly = true)
    public Optional<List<String>> typedDraftOf(long learnerId, String moduleId, String exerciseId) {
        return drafts.findById(new SimulationDraft.Key(learnerId, moduleId, exerciseId))
                .map(draft -> AnswerCodec.fromJson(draft.events()))
                .filter(Answer.Blanks.class::isInstance)
                .map(answer -> ((Answer.Blanks) answer).words());
    }

    /** Adds time to today's total for her, for the teachers' "time per week". */
    private void countTime(long learnerId, long seconds) {
        if (seconds > 0) {
            LocalDate today = LocalDate.now(clock);
            days.findById(new LearnerDay.Key(learnerId, today))
                    .orElseGet(() -> days.save(new LearnerDay(learnerId, today))).add(seconds);
        }
    }

    /** The seconds she spent learning each day she came, oldest first. */
    @Transactional(readOnly = true)
    public Map<LocalDate, Long> secondsPerDay(long learnerId) {
        Map<LocalDate, Long> perDay = new LinkedHashMap<>();
        days.findByKeyLearnerIdOrderByKeyDay(learnerId).forEach(day -> perDay.put(day.day(), day.secondsSpent()));
        return perDay;
    }

    /**
     * For each exercise any of these learners has tried: how many tried it and how many were right at the first
     * try. One aggregate query; the same definition of first-try success as everywhere else.
     */
    @Transactional(readOnly = true)
    public List<ExerciseStats> firstTryStats(Collection<Long> learnerIds) {
        if (learnerIds.isEmpty()) {
            return List.of();
        }
        return attempts.firstTryStats(learnerIds).stream().map(row -> new ExerciseStats((String) row[0],
                (String) row[1], ((Number) row[2]).intValue(), ((Number) row[3]).intValue())).toList();
    }

    /**
     * For each step of each simulation these learners tried: how many had it in their first try, and how many got it
     * right then. Keyed by module id and exercise id; steps in no particular order.
     */
    @Transactional(readOnly = true)
    public Map<ExerciseKey, List<StepStats>> firstTryStepStats(Collection<Long> learnerIds) {
        if (learnerIds.isEmpty()) {
            return Map.of();
        }
        Map<ExerciseKey, List<StepStats>> stats = new HashMap<>();
        for (Object[] row : attempts.firstTryStepStats(learnerIds)) {
            stats.computeIfAbsent(new ExerciseKey((String) row[0], (String) row[1]), key -> new ArrayList<>())
                    .add(new StepStats((String) row[2], ((Number) row[3]).intValue(), ((Number) row[4]).intValue()));
        }
        return stats;
    }

    /**
     * The wrong answers these learners gave (every try), by module id and exercise id, each with the content version
     * it was given on (so that it is read with the question as it was then). One aggregate query for a whole group.
     */
    @Transactional(readOnly = true)
    public Map<ExerciseKey, List<AnswerCount>> wrongAnswersByVersion(Collection<Long> learnerIds) {
        Map<ExerciseKey, List<AnswerCount>> byExercise = new HashMap<>();
        if (learnerIds.isEmpty()) {
            return byExercise;
        }
        for (Object[] row : attempts.wrongAnswersByVersion(learnerIds)) {
            byExercise.computeIfAbsent(new ExerciseKey((String) row[0], (String) row[1]), key -> new ArrayList<>())
                    .add(new AnswerCount(AnswerCodec.fromJson((String) row[3]), ((Number) row[4]).intValue(),
                            (String) row[2]));
        }
        return byExercise;
    }

    /** Every answer these learners gave to one exercise, oldest first. */
    @Transactional(readOnly = true)
    public List<AttemptRecord> answersTo(Collection<Long> learnerIds, String moduleId, String exerciseId) {
        if (learnerIds.isEmpty()) {
            return List.of();
        }
        return attempts.findByLearnerIdInAndModuleIdAndExerciseIdOrderByEndedAtAscIdAsc(learnerIds, moduleId,
                exerciseId).stream().map(Attempt::toRecord).toList();
    }

    /** The step she was on last, in the module she touched most recently and has not finished. */
    @Transactional(readOnly = true)
    public Optional<ResumePoint> whereSheLeftOff(long learnerId, Function<String, Optional<Module>> modules) {
        Map<String, ModuleResult> results = null;
        for (ModuleProgress row : progress.findByLearnerIdOrderByUpdatedAtDesc(learnerId)) {
            Optional<Module> module = modules.apply(row.getModuleId());
            if (module.isEmpty()) {
                continue;
            }
            if (results == null) {
                results = resultsOf(learnerId, modules);
            }
            ModuleResult result = results.get(row.getModuleId());
            if (result == null || !result.status().isDone()) {
                int index = Math.max(0, module.get().indexOf(row.getCurrentStepId()));
                return Optional.of(new ResumePoint(row.getModuleId(), index));
            }
        }
        return Optional.empty();
    }

    /** Her result in every module she has started, by module id. */
    @Transactional(readOnly = true)
    public Map<String, ModuleResult> resultsOf(long learnerId, Function<String, Optional<Module>> modules) {
        return resultsOf(List.of(learnerId), modules).getOrDefault(learnerId, Map.of());
    }

    /**
     * The results of several learners at once (a whole cohort), by learner id then module id. Only modules she has
     * started appear; the others are {@link ModuleResult#notStarted not started}.
     */
    @Transactional(readOnly = true)
    public Map<Long, Map<String, ModuleResult>> resultsOf(Collection<Long> learnerIds,
                                                          Function<String, Optional<Module>> modules) {
        if (learnerIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Map<String, List<ModuleResult.FirstTry>>> tries = new HashMap<>();
        for (Object[] row : attempts.firstTries(learnerIds)) {
            tries.computeIfAbsent((Long) row[0], id -> new HashMap<>())
                    .computeIfAbsent((String) row[1], id -> new ArrayList<>())
                    .add(new ModuleResult.FirstTry((String) row[2], (Boolean) row[3], (Integer) row[4]));
        }
        Map<Long, Map<String, Long>> seconds = new HashMap<>();
        for (Object[] row : progress.timeSpent(learnerIds)) {
            seconds.computeIfAbsent((Long) row[0], id -> new HashMap<>()).put((String) row[1], (Long) row[2]);
        }
        Map<Long, Map<String, ModuleResult>> results = new HashMap<>();
        for (Long learnerId : learnerIds) {
            Map<String, List<ModuleResult.FirstTry>> hers = tries.getOrDefault(learnerId, Map.of());
            Map<String, Long> time = seconds.getOrDefault(learnerId, Map.of());
            Map<String, ModuleResult> byModule = new HashMap<>();
            Set<String> touched = new HashSet<>(hers.keySet());
            touched.addAll(time.keySet());
            for (String moduleId : touched) {
                modules.apply(moduleId).ifPresent(module -> byModule.put(moduleId, ModuleResult.of(module,
                        hers.getOrDefault(moduleId, List.of()), time.containsKey(moduleId),
                        time.getOrDefault(moduleId, 0L))));
            }
            results.put(learnerId, byModule);
        }
        return results;
    }

    /** Every answer she gave, newest first. */
    @Transactional(readOnly = true)
    public List<AttemptRecord> attemptsOf(long learnerId) {
        Map<Long, List<StepResult>> steps = new HashMap<>();
        for (Object[] row : attempts.stepsOf(learnerId)) {
            steps.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                    .add(new StepResult((String) row[1], (StepOutcome) row[2]));
        }
        return attempts.recordsOf(learnerId).stream()
                .map(record -> steps.containsKey(record.id()) ? record.withSteps(steps.get(record.id())) : record)
                .toList();
    }

    /** Where to reopen a module, and what she had answered. */
    public record ModuleVisit(String moduleId, int stepIndex, Map<String, GivenAnswer> latestAnswers) {
    }

    public record GivenAnswer(Answer answer, boolean correct) {
    }

    public record ResumePoint(String moduleId, int stepIndex) {
    }

    /** How a group did on one exercise: learners who tried it, and of them, those right at the first try. */
    public record ExerciseStats(String moduleId, String exerciseId, int learners, int rightFirstTime) {

        /** First-try success, from 0 to 100. */
        public int successPercent() {
            return learners == 0 ? 0 : Math.round(100f * rightFirstTime / learners);
        }
    }

    /** An answer given {@code count} times; {@code contentVersion} when counted by version, else null. */
    public record AnswerCount(Answer answer, int count, String contentVersion) {

        public AnswerCount(Answer answer, int count) {
            this(answer, count, null);
        }
    }

    /** One step of a simulation as a group did it at the first try. */
    public record StepStats(String stepId, int learners, int right) {
    }

    public record ExerciseKey(String moduleId, String exerciseId) {
    }
}
