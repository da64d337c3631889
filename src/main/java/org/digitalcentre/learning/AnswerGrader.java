package org.digitalcentre.learning;

import org.digitalcentre.content.Choice;
import org.digitalcentre.content.ContentLanguages;
import org.digitalcentre.content.Exercise;
import org.digitalcentre.content.FillBlanksExercise;
import org.digitalcentre.content.MatchExercise;
import org.digitalcentre.content.MultipleChoiceExercise;
import org.digitalcentre.content.OrderExercise;
import org.digitalcentre.content.Simulation;
import org.digitalcentre.content.SingleChoiceExercise;
import org.digitalcentre.content.TrueFalseExercise;
import org.digitalcentre.simulation.SimulationGrade;
import org.digitalcentre.simulation.Simulations;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Grades a learner's answer to an exercise. Grading is a pure function of the exercise and the answer, so the
 * methods are static: callers need no wiring, and the same answer always gets the same grade.
 *
 * <p>An answer that does not fit the exercise (another kind of answer, an id the exercise does not have, a
 * different number of words than blanks, an order that is not each item once) is graded {@code Grade(false, 0)}
 * and never throws: a stale page or a changed module must not break the lesson player.
 */
public final class AnswerGrader {

    private static final Grade DOES_NOT_FIT = new Grade(false, 0);
    private static final Grade RIGHT = new Grade(true, 100);
    private static final Grade WRONG = new Grade(false, 0);
    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");
    private static final Pattern BLANKS = Pattern.compile("\\s+");

    private AnswerGrader() {
    }

    /**
     * @param language the language the learner worked in ("fr", "en"); it decides which blanks' answers are
     *                 accepted. Null or unknown falls back to French, like the texts.
     */
    public static Grade grade(Exercise exercise, Answer answer, String language) {
        Objects.requireNonNull(exercise, "exercise");
        if (exercise instanceof SingleChoiceExercise single && answer instanceof Answer.Choices choices) {
            return gradeSingleChoice(single, choices.ids());
        }
        if (exercise instanceof MultipleChoiceExercise multiple && answer instanceof Answer.Choices choices) {
            return gradeMultipleChoice(multiple, choices.ids());
        }
        if (exercise instanceof TrueFalseExercise trueFalse && answer instanceof Answer.TrueOrFalse given) {
            return trueFalse.answer() == given.value() ? RIGHT : WRONG;
        }
        if (exercise instanceof FillBlanksExercise fillBlanks && answer instanceof Answer.Blanks blanks) {
            return gradeBlanks(fillBlanks, blanks.words(), language == null ? ContentLanguages.FRENCH : language);
        }
        if (exercise instanceof OrderExercise order && answer instanceof Answer.Order given) {
            return gradeOrder(order, given.ids());
        }
        if (exercise instanceof MatchExercise match && answer instanceof Answer.Matches matches) {
            return gradeMatches(match, matches.rightFor());
        }
        if (exercise instanceof Simulation simulation && answer instanceof Answer.SimulationEvents done) {
            SimulationGrade grade = Simulations.grade(simulation, done.events());
            return new Grade(grade.correct(), grade.score(), grade.steps());
        }
        return DOES_NOT_FIT;
    }

    /** Right only when exactly the one right choice is ticked; there is no partly right here. */
    private static Grade gradeSingleChoice(SingleChoiceExercise exercise, Set<String> ticked) {
        if (!idsOf(exercise.choices()).containsAll(ticked)) {
            return DOES_NOT_FIT;
        }
        Set<String> right = rightIdsOf(exercise.choices());
        return ticked.equals(right) ? RIGHT : WRONG;
    }

    /** Each choice counts: ticked and right, or left unticked and wrong, is decided correctly. */
    private static Grade gradeMultipleChoice(MultipleChoiceExercise exercise, Set<String> ticked) {
        if (!idsOf(exercise.choices()).containsAll(ticked)) {
            return DOES_NOT_FIT;
        }
        Set<String> right = rightIdsOf(exercise.choices());
        long decidedCorrectly = exercise.choices().stream()
                .filter(choice -> ticked.contains(choice.id()) == right.contains(choice.id()))
                .count();
        return share(decidedCorrectly, exercise.choices().size());
    }

    private static Grade gradeBlanks(FillBlanksExercise exercise, List<String> words, String language) {
        List<FillBlanksExercise.Blank> blanks = exercise.blanks(language);
        if (words.size() != blanks.size()) {
            return DOES_NOT_FIT;
        }
        int right = 0;
        for (int i = 0; i < blanks.size(); i++) {
            String typed = normalise(words.get(i));
            if (blanks.get(i).accepted().stream().map(AnswerGrader::normalise).anyMatch(typed::equals)) {
                right++;
            }
        }
        return share(right, blanks.size());
    }

    /** Each item must appear once: the player only lets her move the items she was given. */
    private static Grade gradeOrder(OrderExercise exercise, List<String> given) {
        List<String> expected = exercise.items().stream().map(OrderExercise.Item::id).toList();
        if (given.size() != expected.size() || !new HashSet<>(given).equals(new HashSet<>(expected))) {
            return DOES_NOT_FIT;
        }
        int right = 0;
        for (int i = 0; i < expected.size(); i++) {
            if (expected.get(i).equals(given.get(i))) {
                right++;
            }
        }
        return share(right, expected.size());
    }

    /** A left side she did not link counts as wrong; an id the exercise does not have means the answer does not fit. */
    private static Grade gradeMatches(MatchExercise exercise, Map<String, String> rightFor) {
        Set<String> pairIds = exercise.pairs().stream().map(MatchExercise.Pair::id).collect(Collectors.toSet());
        if (!pairIds.containsAll(rightFor.keySet()) || !pairIds.containsAll(rightFor.values())) {
            return DOES_NOT_FIT;
        }
        long right = pairIds.stream().filter(id -> id.equals(rightFor.get(id))).count();
        return share(right, pairIds.size());
    }

    /**
     * The score as a rounded percentage. A score rounds to 100 only when all is right (199 of 200 would round up),
     * so that "correct" and "score 100" always agree.
     */
    private static Grade share(long right, int total) {
        if (total == 0) {
            return WRONG;
        }
        if (right == total) {
            return RIGHT;
        }
        int score = (int) Math.min(99, Math.round(100.0 * right / total));
        return new Grade(false, score);
    }

    /**
     * How typed words are compared: capitals, accents and extra spaces do not count (content/README.md), and the
     * curly apostrophe that phone and some keyboards type is the same as the straight one.
     */
    static String normalise(String word) {
        String collapsed = BLANKS.matcher(word.strip()).replaceAll(" ").toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'').replace('\u2018', '\'');
        // In Arabic, short vowels, shadda and the hamza's seat are marks (dropped here); a final ة written ه, a
        // final ى written ي and the stretching ـ are the other spellings people type for the same word.
        return ACCENTS.matcher(Normalizer.normalize(collapsed, Normalizer.Form.NFD)).replaceAll("")
                .replace('\u0629', '\u0647').replace('\u0649', '\u064A').replace("\u0640", "");
    }

    private static Set<String> idsOf(List<Choice> choices) {
        return choices.stream().map(Choice::id).collect(Collectors.toSet());
    }

    private static Set<String> rightIdsOf(List<Choice> choices) {
        return choices.stream().filter(Choice::correct).map(Choice::id).collect(Collectors.toSet());
    }
}
