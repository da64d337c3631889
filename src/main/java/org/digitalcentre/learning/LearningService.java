package org.digitalcentre.learning;

import org.digitalcentre.content.Exercise;
import org.digitalcentre.content.Module;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A learner taking modules: where she is, what she answered, how she is doing. Every answer is stored as it is
 * given, so nothing she does is lost when she leaves.
 */
@Service
public class LearningService {

    private final ModuleProgressRepository progress;
    private final AttemptRepository attempts;
    private final Clock clock;

    LearningService(ModuleProgressRepository progress, AttemptRepository attempts, Clock clock) {
        this.progress = progress;
        this.attempts = attempts;
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
                row -> row.moveTo(stepId, module.version(), now),
                () -> progress.save(new ModuleProgress(learnerId, module.id(), module.version(), stepId, now)));
    }

    /** Grades and stores one answer. {@code shownAt} is when the exercise appeared, for the time spent. */
    @Transactional
    public Grade answer(long learnerId, Module module, Exercise exercise, Answer answer, String language,
                        Instant shownAt, boolean hintUsed) {
        Grade grade = AnswerGrader.grade(exercise, answer, language);
        boolean firstTry = !attempts.existsByLearnerIdAndExerciseIdAndModuleId(learnerId, exercise.id(), module.id());
        Instant now = clock.instant();
        // Answering is being busy with the module too: it counts as time spent and as her latest activity.
        progress.findByLearnerIdAndModuleId(learnerId, module.id()).ifPresent(row -> row.touch(now));
        attempts.save(new Attempt(learnerId, module.id(), module.version(), exercise.id(), AnswerCodec.toJson(answer),
                grade, firstTry, hintUsed, shownAt.isAfter(now) ? now : shownAt, now));
        return grade;
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
        for (ModuleProgress row : progress.findByLearnerIdIn(learnerIds)) {
            seconds.computeIfAbsent(row.getLearnerId(), id -> new HashMap<>())
                    .put(row.getModuleId(), row.getSecondsSpent());
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
        return attempts.findByLearnerIdOrderByEndedAtDescIdDesc(learnerId).stream().map(Attempt::toRecord).toList();
    }

    /** Where to reopen a module, and what she had answered. */
    public record ModuleVisit(String moduleId, int stepIndex, Map<String, GivenAnswer> latestAnswers) {
    }

    public record GivenAnswer(Answer answer, boolean correct) {
    }

    public record ResumePoint(String moduleId, int stepIndex) {
    }
}
