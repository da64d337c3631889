package org.digitalcentre.learning;

import org.digitalcentre.content.Choice;
import org.digitalcentre.content.Feedback;
import org.digitalcentre.content.FillBlanksExercise;
import org.digitalcentre.content.LocalizedText;
import org.digitalcentre.content.MatchExercise;
import org.digitalcentre.content.MultipleChoiceExercise;
import org.digitalcentre.content.OrderExercise;
import org.digitalcentre.content.SingleChoiceExercise;
import org.digitalcentre.content.TrueFalseExercise;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerGraderTest {

    private static final Grade RIGHT = new Grade(true, 100);
    private static final Grade WRONG = new Grade(false, 0);
    private static final Feedback FEEDBACK = new Feedback(text("Oui."), text("Non."));

    private static LocalizedText text(String words) {
        return LocalizedText.of(words, words);
    }

    private static Grade grade(org.digitalcentre.content.Exercise exercise, Answer answer) {
        return AnswerGrader.grade(exercise, answer, "fr");
    }

    @Nested
    class SingleChoice {

        private final SingleChoiceExercise exercise = new SingleChoiceExercise("where", text("Où ?"), List.of(
                new Choice("address-bar", text("La barre"), true),
                new Choice("page", text("La page"), false),
                new Choice("taskbar", text("La barre des tâches"), false)), FEEDBACK, null);

        @Test
        void ticking_the_right_choice_is_right() {
            assertThat(grade(exercise, new Answer.Choices(Set.of("address-bar")))).isEqualTo(RIGHT);
        }

        @Test
        void ticking_a_wrong_choice_is_wrong() {
            assertThat(grade(exercise, new Answer.Choices(Set.of("page")))).isEqualTo(WRONG);
        }

        @Test
        void ticking_the_right_choice_and_another_is_wrong_with_no_partial_score() {
            assertThat(grade(exercise, new Answer.Choices(Set.of("address-bar", "page")))).isEqualTo(WRONG);
        }

        @Test
        void ticking_nothing_is_wrong() {
            assertThat(grade(exercise, new Answer.Choices(Set.of()))).isEqualTo(WRONG);
        }

        @Test
        void another_kind_of_answer_does_not_fit() {
            assertThat(grade(exercise, new Answer.Order(List.of("address-bar")))).isEqualTo(WRONG);
        }

        @Test
        void an_id_the_exercise_does_not_have_does_not_fit() {
            assertThat(grade(exercise, new Answer.Choices(Set.of("search-box")))).isEqualTo(WRONG);
        }
    }

    @Nested
    class MultipleChoice {

        private final MultipleChoiceExercise exercise = new MultipleChoiceExercise("sites", text("Lesquels ?"), List.of(
                new Choice("town-hall", text("mairie.fr"), true),
                new Choice("jobs", text("emploi.fr"), true),
                new Choice("email", text("amina@exemple.fr"), false),
                new Choice("phone", text("06 12 34 56 78"), false)), FEEDBACK, null);

        @Test
        void ticking_all_the_right_choices_and_only_them_is_right() {
            assertThat(grade(exercise, new Answer.Choices(Set.of("town-hall", "jobs")))).isEqualTo(RIGHT);
        }

        @Test
        void missing_one_right_choice_scores_the_share_of_choices_decided_correctly() {
            assertThat(grade(exercise, new Answer.Choices(Set.of("town-hall")))).isEqualTo(new Grade(false, 75));
        }

        @Test
        void ticking_one_wrong_choice_too_scores_the_share_of_choices_decided_correctly() {
            assertThat(grade(exercise, new Answer.Choices(Set.of("town-hall", "jobs", "email"))))
                    .isEqualTo(new Grade(false, 75));
        }

        @Test
        void ticking_only_the_wrong_choices_scores_nothing() {
            assertThat(grade(exercise, new Answer.Choices(Set.of("email", "phone")))).isEqualTo(WRONG);
        }

        @Test
        void another_kind_of_answer_does_not_fit() {
            assertThat(grade(exercise, new Answer.TrueOrFalse(true))).isEqualTo(WRONG);
        }

        @Test
        void an_id_the_exercise_does_not_have_does_not_fit_even_with_the_right_ones() {
            assertThat(grade(exercise, new Answer.Choices(Set.of("town-hall", "jobs", "fax")))).isEqualTo(WRONG);
        }

        @Test
        void a_score_reaches_100_only_when_everything_is_right() {
            List<Choice> choices = new ArrayList<>();
            IntStream.range(0, 201).forEach(i -> choices.add(new Choice("c" + i, text("C" + i), i == 0)));
            MultipleChoiceExercise many = new MultipleChoiceExercise("many", text("?"), choices, FEEDBACK, null);

            assertThat(grade(many, new Answer.Choices(Set.of("c0", "c1")))).isEqualTo(new Grade(false, 99));
        }
    }

    @Nested
    class TrueOrFalse {

        private final TrueFalseExercise exercise =
                new TrueFalseExercise("padlock", text("Le cadenas chiffre."), true, FEEDBACK, null);

        @Test
        void the_same_value_is_right() {
            assertThat(grade(exercise, new Answer.TrueOrFalse(true))).isEqualTo(RIGHT);
        }

        @Test
        void the_other_value_is_wrong() {
            assertThat(grade(exercise, new Answer.TrueOrFalse(false))).isEqualTo(WRONG);
        }

        @Test
        void another_kind_of_answer_does_not_fit() {
            assertThat(grade(exercise, new Answer.Choices(Set.of("true")))).isEqualTo(WRONG);
        }

        @Test
        void no_answer_at_all_does_not_fit() {
            assertThat(grade(exercise, null)).isEqualTo(WRONG);
        }
    }

    @Nested
    class FillBlanks {

        private final FillBlanksExercise exercise = new FillBlanksExercise("complete", text("Complétez."),
                LocalizedText.of("Je tape son [[adresse]] dans la [[barre d'adresse]].",
                        "I type its [[address|url]] in the [[address bar]]."),
                FEEDBACK, null);

        @Test
        void every_blank_filled_with_an_accepted_word_is_right() {
            assertThat(grade(exercise, new Answer.Blanks(List.of("adresse", "barre d'adresse")))).isEqualTo(RIGHT);
        }

        @Test
        void capitals_accents_and_extra_spaces_do_not_count() {
            assertThat(grade(exercise, new Answer.Blanks(List.of("  ADRÉSSE ", "Barre   d'Adresse"))))
                    .isEqualTo(RIGHT);
        }

        @Test
        void a_curly_apostrophe_typed_on_a_phone_keyboard_counts_as_a_straight_one() {
            assertThat(grade(exercise, new Answer.Blanks(List.of("adresse", "barre d\u2019adresse"))))
                    .isEqualTo(RIGHT);
        }

        @Test
        void an_accent_missing_from_the_typed_word_does_not_count() {
            FillBlanksExercise school = new FillBlanksExercise("school", text("Complétez."),
                    LocalizedText.of("Je vais à l'[[école]].", "I go to [[school]]."), FEEDBACK, null);

            assertThat(grade(school, new Answer.Blanks(List.of("Ecole")))).isEqualTo(RIGHT);
        }

        @Test
        void one_blank_of_two_right_scores_half() {
            assertThat(grade(exercise, new Answer.Blanks(List.of("adresse", "barre des tâches"))))
                    .isEqualTo(new Grade(false, 50));
        }

        @Test
        void no_blank_right_scores_nothing() {
            assertThat(grade(exercise, new Answer.Blanks(List.of("nom", "page")))).isEqualTo(WRONG);
        }

        @Test
        void each_language_accepts_its_own_answers() {
            assertThat(AnswerGrader.grade(exercise, new Answer.Blanks(List.of("URL", "address bar")), "en"))
                    .isEqualTo(RIGHT);
            assertThat(AnswerGrader.grade(exercise, new Answer.Blanks(List.of("url", "barre d'adresse")), "fr"))
                    .isEqualTo(new Grade(false, 50));
        }

        @Test
        void an_unknown_language_is_graded_in_french_like_the_texts() {
            assertThat(AnswerGrader.grade(exercise, new Answer.Blanks(List.of("adresse", "barre d'adresse")), "de"))
                    .isEqualTo(RIGHT);
            assertThat(AnswerGrader.grade(exercise, new Answer.Blanks(List.of("adresse", "barre d'adresse")), null))
                    .isEqualTo(RIGHT);
        }

        @Test
        void an_arabic_blank_accepts_the_usual_spellings_of_the_same_word() {
            FillBlanksExercise arabic = new FillBlanksExercise("arabic", text("Complétez."), new LocalizedText(Map.of(
                    "fr", "Un mot de passe [[long]].", "en", "A [[long]] password.",
                    "ar", "كلمة سرّ [[طويلة]] [[أولى]].")), FEEDBACK, null);

            assertThat(AnswerGrader.grade(arabic, new Answer.Blanks(List.of("طويله", "اولي")), "ar")).isEqualTo(RIGHT);
            assertThat(AnswerGrader.grade(arabic, new Answer.Blanks(List.of(" طويـلة ", "أُولى")), "ar"))
                    .isEqualTo(RIGHT);
            assertThat(AnswerGrader.grade(arabic, new Answer.Blanks(List.of("قصيرة", "أولى")), "ar"))
                    .isEqualTo(new Grade(false, 50));
        }

        @Test
        void a_different_number_of_words_than_blanks_does_not_fit() {
            assertThat(grade(exercise, new Answer.Blanks(List.of("adresse")))).isEqualTo(WRONG);
        }

        @Test
        void another_kind_of_answer_does_not_fit() {
            assertThat(grade(exercise, new Answer.Order(List.of("adresse", "barre d'adresse")))).isEqualTo(WRONG);
        }
    }

    @Nested
    class Order {

        private final OrderExercise exercise = new OrderExercise("search", text("Dans l'ordre."), List.of(
                new OrderExercise.Item("open", text("Ouvrir")),
                new OrderExercise.Item("type", text("Taper")),
                new OrderExercise.Item("enter", text("Entrée"))), FEEDBACK, null);

        @Test
        void the_items_in_their_order_are_right() {
            assertThat(grade(exercise, new Answer.Order(List.of("open", "type", "enter")))).isEqualTo(RIGHT);
        }

        @Test
        void two_items_swapped_score_the_share_of_positions_right() {
            assertThat(grade(exercise, new Answer.Order(List.of("open", "enter", "type"))))
                    .isEqualTo(new Grade(false, 33));
        }

        @Test
        void no_item_in_its_place_scores_nothing() {
            assertThat(grade(exercise, new Answer.Order(List.of("type", "enter", "open")))).isEqualTo(WRONG);
        }

        @Test
        void an_id_the_exercise_does_not_have_does_not_fit() {
            assertThat(grade(exercise, new Answer.Order(List.of("open", "type", "search")))).isEqualTo(WRONG);
        }

        @Test
        void an_item_missing_or_given_twice_does_not_fit() {
            assertThat(grade(exercise, new Answer.Order(List.of("open", "type")))).isEqualTo(WRONG);
            assertThat(grade(exercise, new Answer.Order(List.of("open", "open", "type")))).isEqualTo(WRONG);
        }

        @Test
        void another_kind_of_answer_does_not_fit() {
            assertThat(grade(exercise, new Answer.Choices(Set.of("open", "type", "enter")))).isEqualTo(WRONG);
        }
    }

    @Nested
    class Match {

        private final MatchExercise exercise = new MatchExercise("icons", text("Reliez."), List.of(
                new MatchExercise.Pair("back", text("Flèche gauche"), text("Revenir")),
                new MatchExercise.Pair("reload", text("Flèche en rond"), text("Recharger")),
                new MatchExercise.Pair("home", text("Maison"), text("Accueil"))), FEEDBACK, null);

        @Test
        void each_left_side_linked_to_its_own_right_side_is_right() {
            assertThat(grade(exercise, new Answer.Matches(Map.of("back", "back", "reload", "reload", "home", "home"))))
                    .isEqualTo(RIGHT);
        }

        @Test
        void two_links_swapped_score_the_share_of_pairs_right() {
            assertThat(grade(exercise, new Answer.Matches(Map.of("back", "reload", "reload", "back", "home", "home"))))
                    .isEqualTo(new Grade(false, 33));
        }

        @Test
        void a_left_side_not_linked_counts_as_wrong() {
            assertThat(grade(exercise, new Answer.Matches(Map.of("back", "back", "reload", "reload"))))
                    .isEqualTo(new Grade(false, 67));
        }

        @Test
        void every_link_wrong_scores_nothing() {
            assertThat(grade(exercise, new Answer.Matches(Map.of("back", "reload", "reload", "home", "home", "back"))))
                    .isEqualTo(WRONG);
        }

        @Test
        void an_id_the_exercise_does_not_have_does_not_fit() {
            assertThat(grade(exercise, new Answer.Matches(Map.of("back", "back", "reload", "refresh", "home", "home"))))
                    .isEqualTo(WRONG);
            assertThat(grade(exercise, new Answer.Matches(Map.of("forward", "back")))).isEqualTo(WRONG);
        }

        @Test
        void another_kind_of_answer_does_not_fit() {
            assertThat(grade(exercise, new Answer.Order(List.of("back", "reload", "home")))).isEqualTo(WRONG);
        }
    }

    @Test
    void the_same_answer_always_gets_the_same_grade() {
        MultipleChoiceExercise exercise = new MultipleChoiceExercise("sites", text("?"), List.of(
                new Choice("a", text("A"), true), new Choice("b", text("B"), false), new Choice("c", text("C"), true)),
                FEEDBACK, null);
        Set<Grade> grades = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            grades.add(grade(exercise, new Answer.Choices(Set.of("a"))));
        }

        assertThat(grades).containsExactly(new Grade(false, 67));
    }
}
