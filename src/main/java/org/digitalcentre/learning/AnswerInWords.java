package org.digitalcentre.learning;

import org.digitalcentre.content.Choice;
import org.digitalcentre.content.Exercise;
import org.digitalcentre.content.MatchExercise;
import org.digitalcentre.content.MouseKeyboardSimulation;
import org.digitalcentre.content.MultipleChoiceExercise;
import org.digitalcentre.content.OrderExercise;
import org.digitalcentre.content.Simulation;
import org.digitalcentre.content.SimulationStep;
import org.digitalcentre.content.SingleChoiceExercise;
import org.digitalcentre.simulation.Simulations;
import org.digitalcentre.simulation.StepResult;
import org.digitalcentre.simulation.mousekeyboard.SkillFigures;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** An answer as a teacher reads it: the texts the learner chose or typed, not their ids. */
public final class AnswerInWords {

    private AnswerInWords() {
    }

    /**
     * @param yesNo the words for true and false in the reader's language
     */
    public static String describe(Exercise exercise, Answer answer, String language, Map<Boolean, String> yesNo) {
        if (answer instanceof Answer.Choices choices) {
            List<Choice> all = exercise instanceof SingleChoiceExercise s ? s.choices()
                    : exercise instanceof MultipleChoiceExercise m ? m.choices() : List.of();
            return all.stream().filter(c -> choices.ids().contains(c.id())).map(c -> c.text().in(language))
                    .collect(Collectors.joining(" + "));
        }
        if (answer instanceof Answer.TrueOrFalse trueOrFalse) {
            return yesNo.get(trueOrFalse.value());
        }
        if (answer instanceof Answer.Blanks blanks) {
            return blanks.words().stream().map(w -> "« " + w + " »").collect(Collectors.joining(", "));
        }
        if (answer instanceof Answer.Order order && exercise instanceof OrderExercise o) {
            Map<String, String> text = o.items().stream()
                    .collect(Collectors.toMap(OrderExercise.Item::id, i -> i.text().in(language)));
            return order.ids().stream().map(text::get).filter(Objects::nonNull).collect(Collectors.joining(" → "));
        }
        if (answer instanceof Answer.Matches matches && exercise instanceof MatchExercise m) {
            Map<String, MatchExercise.Pair> pairs = m.pairs().stream()
                    .collect(Collectors.toMap(MatchExercise.Pair::id, Function.identity()));
            return matches.rightFor().entrySet().stream()
                    .filter(e -> pairs.containsKey(e.getKey()) && pairs.containsKey(e.getValue()))
                    .map(e -> pairs.get(e.getKey()).left().in(language) + " = "
                            + pairs.get(e.getValue()).right().in(language))
                    .collect(Collectors.joining("; "));
        }
        if (answer instanceof Answer.SimulationEvents done && exercise instanceof Simulation simulation) {
            return describeTry(simulation, Simulations.grade(simulation, done.events()).steps(), done, language);
        }
        return "";
    }

    /**
     * A stored answer in words, as the teachers' screens and a learner's exported data show it: a simulation's by the
     * steps stored with it, so that nothing is replayed to read it.
     */
    public static String describe(Exercise exercise, AttemptRecord attempt, String language,
                                  Map<Boolean, String> yesNo) {
        Answer answer = AnswerCodec.fromJson(attempt.answerJson());
        if (exercise instanceof Simulation simulation && answer instanceof Answer.SimulationEvents done
                && !attempt.steps().isEmpty()) {
            return describeTry(simulation, attempt.steps(), done, language);
        }
        return describe(exercise, answer, language, yesNo);
    }

    /**
     * A simulation's try: each step with how it went (the steps given, as graded), and for mouse and keyboard
     * practice how well: accuracy, speed, typing speed.
     */
    public static String describeTry(Simulation simulation, List<StepResult> steps, Answer.SimulationEvents done,
                                     String language) {
        String described = describeSteps(simulation, steps, language);
        String figures = simulation instanceof MouseKeyboardSimulation practice
                ? SkillFigures.of(practice, done.events(), language) : "";
        return figures.isEmpty() ? described : described + " — " + figures;
    }

    /** Each step of a simulation with how it went: ✓ right, ✗ wrong, ○ not done. */
    public static String describeSteps(Simulation simulation, List<StepResult> results, String language) {
        Map<String, String> labels = simulation.steps().stream()
                .collect(Collectors.toMap(SimulationStep::id, step -> step.label().in(language)));
        return results.stream().filter(r -> labels.containsKey(r.stepId())).map(r -> switch (r.outcome()) {
            case RIGHT -> "✓ ";
            case WRONG -> "✗ ";
            case NOT_DONE -> "○ ";
        } + labels.get(r.stepId())).collect(Collectors.joining(" · "));
    }
}
