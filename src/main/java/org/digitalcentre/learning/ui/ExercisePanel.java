package org.digitalcentre.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.markdown.Markdown;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.digitalcentre.content.Choice;
import org.digitalcentre.content.Exercise;
import org.digitalcentre.content.FillBlanksExercise;
import org.digitalcentre.content.LocalizedText;
import org.digitalcentre.content.MatchExercise;
import org.digitalcentre.content.MultipleChoiceExercise;
import org.digitalcentre.content.OrderExercise;
import org.digitalcentre.content.Simulation;
import org.digitalcentre.content.SimulationStep;
import org.digitalcentre.content.SingleChoiceExercise;
import org.digitalcentre.content.TrueFalseExercise;
import org.digitalcentre.learning.Answer;
import org.digitalcentre.learning.Grade;
import org.digitalcentre.learning.LearningService;
import org.digitalcentre.learning.LearningService.GivenAnswer;
import org.digitalcentre.simulation.SimEvent;
import org.digitalcentre.simulation.Simulations;
import org.digitalcentre.simulation.StepResult;
import org.digitalcentre.simulation.ui.SimulationView;
import org.digitalcentre.simulation.ui.SimulationViews;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * One exercise: the question, the way to answer it, a "Check" button, an optional hint, and the feedback (right or
 * wrong, and why) as soon as she checks. She may change her answer and check again as often as she likes.
 */
class ExercisePanel extends Div {

    private static final Logger LOG = LoggerFactory.getLogger(ExercisePanel.class);

    /**
     * Grades and stores an answer; given whether she looked at the hint, and the id of this check: the same id again
     * (a double-click, a request sent again) must store nothing new. Throws Spring's data-access or transaction
     * exceptions when the answer could not be stored.
     */
    @FunctionalInterface
    interface Checker {
        Grade check(Answer answer, boolean hintUsed, String checkId);
    }

    /** Where a simulation's unchecked try is kept while she works, and found again when she comes back. */
    interface Drafts {
        List<SimEvent> draft();

        void keep(List<SimEvent> events);

        /** The words she typed in the blanks and did not check, if any. */
        default Optional<List<String>> typed() {
            return Optional.empty();
        }

        /** She typed in the blanks (not checked yet): keep the words, so that a sign-out loses nothing. */
        default void keepTyped(List<String> words) {
        }
    }

    private final Exercise exercise;
    private final String language;
    private final Random shuffle;
    private final Checker checker;
    private final Drafts drafts;
    private final Div feedback = new Div();
    private final Div simulationArea = new Div();
    private boolean resumedUncheckedTry;
    private boolean hintUsed;
    private Supplier<Optional<Answer>> answer;
    /** The id of the answer she is composing: made when the panel is shown, new once she changes a checked answer. */
    private String checkId = LearningService.newCheckId();
    /** The answer last sent with {@link #checkId}, stored or not: the same answer again is the same check. */
    private Answer sentWithCheckId;

    ExercisePanel(Exercise exercise, String language, long shuffleSeed, GivenAnswer previous, Checker checker,
                  Drafts drafts) {
        this.exercise = exercise;
        this.language = language;
        this.shuffle = new Random(shuffleSeed);
        this.checker = checker;
        this.drafts = drafts;
        addClassName("exercise");
        getElement().setAttribute("data-exercise", exercise.id());

        if (exercise instanceof Simulation simulation && simulation.scenario() != null) {
            add(scenarioCard(simulation));
        }
        Markdown prompt = new Markdown(exercise.prompt().in(language));
        prompt.addClassName("exercise-prompt");
        add(prompt);
        if (exercise instanceof Simulation simulation) {
            add(toDo(simulation));
        }
        add(inputFor(previous == null ? null : previous.answer()));

        Button check = new Button(getTranslation("exercise.check"), VaadinIcon.CHECK.create(), click -> check());
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        check.addClassName("check-button");
        Div actions = new Div(check);
        actions.addClassName("exercise-actions");
        LanguageMarks.interfaceWords(actions, language);
        if (exercise instanceof Simulation simulation) {
            Button again = new Button(getTranslation("sim.start-again"), VaadinIcon.REFRESH.create(),
                    click -> startAgain(simulation));
            again.addThemeVariants(ButtonVariant.LUMO_LARGE);
            again.addClassName("start-again-button");
            actions.add(again);
        }
        if (exercise.hint() != null) {
            Div hint = new Div();
            hint.addClassName("hint");
            Button showHint = new Button(getTranslation("exercise.hint"), VaadinIcon.LIGHTBULB.create());
            showHint.addThemeVariants(ButtonVariant.LUMO_LARGE);
            showHint.addClickListener(click -> {
                hintUsed = true;
                hint.removeAll();
                hint.add(new Markdown(exercise.hint().in(language)));
                showHint.setEnabled(false);
            });
            actions.add(showHint);
            add(actions, hint);
        } else {
            add(actions);
        }
        feedback.addClassName("feedback");
        feedback.getElement().setAttribute("role", "status");
        feedback.getElement().setAttribute("aria-live", "polite");
        add(feedback);
        // A simulation try she had not checked is newer than her last checked one: no old feedback over it.
        if (previous != null && !resumedUncheckedTry) {
            showFeedback(previous.correct());
            if (exercise instanceof Simulation simulation && previous.answer() instanceof Answer.SimulationEvents done) {
                showSteps(simulation, Simulations.grade(simulation, done.events()).steps());
            }
        }
    }

    private void check() {
        Optional<Answer> given = answer.get();
        if (given.isEmpty()) {
            feedback.removeAll();
            feedback.getElement().setAttribute("data-result", "empty");
            feedback.add(VaadinIcon.INFO_CIRCLE.create(), new Span(getTranslation(
                    exercise instanceof Simulation ? "sim.do-first" : "exercise.answer-first")));
            return;
        }
        if (sentWithCheckId != null && !sentWithCheckId.equals(given.get())) {
            checkId = LearningService.newCheckId();
        }
        sentWithCheckId = given.get();
        Grade grade;
        try {
            grade = checker.check(given.get(), hintUsed, checkId);
        } catch (DataAccessException | TransactionException notStored) {
            // Disk full, database closed or read-only: her answer stays in the page, and the same check sent again
            // (same id) stores it once the database works.
            LOG.warn("An answer to exercise {} could not be stored: {}", exercise.id(), notStored.toString());
            showNotSaved();
            return;
        }
        showFeedback(grade.correct());
        feedback.getElement().setAttribute("data-check", checkId);
        if (exercise instanceof Simulation simulation) {
            showSteps(simulation, grade.steps());
        }
    }

    /** Not stored: said plainly, with no right or wrong as if it were kept, and how to send it again. */
    private void showNotSaved() {
        feedback.removeAll();
        feedback.getElement().setAttribute("data-result", "not-saved");
        feedback.getElement().removeAttribute("data-check");
        Span warning = new Span(VaadinIcon.WARNING.create(), new Span(getTranslation("exercise.not-saved")));
        warning.addClassName("not-saved");
        feedback.add(warning, new Span(getTranslation("exercise.not-saved.again", getTranslation("exercise.check"))));
    }

    // --- Simulations ---

    /** The situation she is in, as a card above the task. */
    private Component scenarioCard(Simulation simulation) {
        Div card = new Div(VaadinIcon.USER_CARD.create(), new Markdown(simulation.scenario().in(language)));
        card.addClassName("scenario-card");
        card.getElement().setAttribute("role", "note");
        card.getElement().setAttribute("aria-label", getTranslation("sim.scenario"));
        return card;
    }

    /** What to do, step by step: the steps that are graded. */
    private Component toDo(Simulation simulation) {
        Div list = new Div();
        list.addClassName("sim-to-do");
        list.add(new Span(getTranslation("sim.to-do")));
        Div items = new Div();
        items.getElement().setAttribute("role", "list");
        for (SimulationStep step : simulation.steps()) {
            Div item = new Div(new Span(step.label().in(language)));
            item.getElement().setAttribute("role", "listitem");
            item.addClassName("sim-to-do-item");
            items.add(item);
        }
        list.add(items);
        return list;
    }

    /** A fresh simulation, with her unchecked try (or her last checked one) replayed. */
    private Component simulation(Simulation simulation, Answer previous) {
        List<SimEvent> draft = drafts.draft();
        resumedUncheckedTry = !draft.isEmpty();
        List<SimEvent> past = !draft.isEmpty() ? draft
                : previous instanceof Answer.SimulationEvents done ? done.events() : List.of();
        showSimulation(simulation, past);
        return simulationArea;
    }

    private void showSimulation(Simulation simulation, List<SimEvent> past) {
        simulationArea.removeAll();
        SimulationView view = SimulationViews.create(simulation, language, past, drafts::keep);
        simulationArea.add(view);
        answer = () -> view.events().isEmpty() ? Optional.empty()
                : Optional.of(new Answer.SimulationEvents(view.events()));
    }

    /** Every try starts from the tool as the task set it up. */
    private void startAgain(Simulation simulation) {
        drafts.keep(List.of());
        feedback.removeAll();
        feedback.getElement().removeAttribute("data-result");
        showSimulation(simulation, List.of());
    }

    /** Each step: done right, wrong and why, or not done yet. */
    private void showSteps(Simulation simulation, List<StepResult> results) {
        Div steps = new Div();
        steps.addClassName("sim-steps");
        steps.getElement().setAttribute("role", "list");
        for (StepResult result : results) {
            simulation.steps().stream().filter(s -> s.id().equals(result.stepId())).findFirst().ifPresent(step -> {
                Div line = new Div();
                line.addClassName("sim-step");
                line.getElement().setAttribute("role", "listitem");
                line.getElement().setAttribute("data-step", step.id());
                line.getElement().setAttribute("data-outcome", result.outcome().name().toLowerCase(Locale.ROOT));
                switch (result.outcome()) {
                    case RIGHT -> line.add(VaadinIcon.CHECK.create(), new Span(getTranslation("sim.step.right",
                            step.label().in(language))));
                    case WRONG -> line.add(VaadinIcon.CLOSE.create(), new Span(getTranslation("sim.step.wrong",
                            step.label().in(language))), new Markdown(step.wrong().in(language)));
                    case NOT_DONE -> line.add(VaadinIcon.CIRCLE_THIN.create(), new Span(getTranslation(
                            "sim.step.not-done", step.label().in(language))), new Markdown(step.wrong().in(language)));
                }
                steps.add(line);
            });
        }
        feedback.add(steps);
    }

    private void showFeedback(boolean correct) {
        feedback.removeAll();
        feedback.getElement().setAttribute("data-result", correct ? "right" : "wrong");
        Span verdict = new Span((correct ? VaadinIcon.CHECK_CIRCLE : VaadinIcon.CLOSE_CIRCLE).create(),
                new Span(getTranslation(correct ? "exercise.right" : "exercise.wrong")));
        verdict.addClassName("verdict");
        LanguageMarks.interfaceWords(verdict, language);
        LocalizedText why = correct ? exercise.feedback().right() : exercise.feedback().wrong();
        feedback.add(verdict, new Markdown(why.in(language)));
        if (!correct) {
            Span again = new Span(getTranslation("exercise.try-again"));
            again.addClassName("try-again");
            feedback.add(again);
        }
    }

    private Component inputFor(Answer previous) {
        if (exercise instanceof SingleChoiceExercise single) {
            return singleChoice(single.choices(), previous);
        } else if (exercise instanceof MultipleChoiceExercise multiple) {
            return multipleChoice(multiple.choices(), previous);
        } else if (exercise instanceof TrueFalseExercise) {
            return trueOrFalse(previous);
        } else if (exercise instanceof FillBlanksExercise blanks) {
            return blanks(blanks, previous);
        } else if (exercise instanceof OrderExercise order) {
            return order(order, previous);
        } else if (exercise instanceof MatchExercise match) {
            return match(match, previous);
        } else if (exercise instanceof Simulation simulation) {
            return simulation(simulation, previous);
        }
        throw new IllegalArgumentException("No player for " + exercise.getClass().getSimpleName());
    }

    private Component singleChoice(List<Choice> choices, Answer previous) {
        RadioButtonGroup<Choice> group = new RadioButtonGroup<>();
        group.setAriaLabel(getTranslation("exercise.choose-one"));
        group.setItems(choices);
        group.setItemLabelGenerator(choice -> choice.text().in(language));
        group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        group.addClassName("choices");
        if (previous instanceof Answer.Choices given) {
            choices.stream().filter(c -> given.ids().contains(c.id())).findFirst().ifPresent(group::setValue);
        }
        answer = () -> Optional.ofNullable(group.getValue()).map(c -> new Answer.Choices(Set.of(c.id())));
        return group;
    }

    private Component multipleChoice(List<Choice> choices, Answer previous) {
        CheckboxGroup<Choice> group = new CheckboxGroup<>();
        group.setAriaLabel(getTranslation("exercise.choose-all"));
        group.setHelperText(getTranslation("exercise.choose-all"));
        group.setItems(choices);
        group.setItemLabelGenerator(choice -> choice.text().in(language));
        group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        group.addClassName("choices");
        if (previous instanceof Answer.Choices given) {
            group.setValue(new HashSet<>(choices.stream().filter(c -> given.ids().contains(c.id())).toList()));
        }
        answer = () -> group.getValue().isEmpty() ? Optional.empty()
                : Optional.of(new Answer.Choices(group.getValue().stream().map(Choice::id)
                .collect(Collectors.toSet())));
        return group;
    }

    private Component trueOrFalse(Answer previous) {
        RadioButtonGroup<Boolean> group = new RadioButtonGroup<>();
        group.setAriaLabel(getTranslation("exercise.true-or-false"));
        group.setItems(true, false);
        group.setItemLabelGenerator(value -> getTranslation(value ? "exercise.true" : "exercise.false"));
        group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        group.addClassName("choices");
        if (previous instanceof Answer.TrueOrFalse given) {
            group.setValue(given.value());
        }
        answer = () -> Optional.ofNullable(group.getValue()).map(Answer.TrueOrFalse::new);
        return group;
    }

    private Component blanks(FillBlanksExercise blanks, Answer previous) {
        Div sentence = new Div();
        sentence.addClassName("blanks");
        List<TextField> fields = new ArrayList<>();
        // What she typed and did not check is newer than her last checked answer.
        Optional<List<String>> typed = drafts.typed();
        resumedUncheckedTry = typed.isPresent();
        List<String> given = typed.isPresent() ? typed.get()
                : previous instanceof Answer.Blanks b ? b.words() : List.of();
        for (FillBlanksExercise.Part part : blanks.parts(language)) {
            if (part instanceof FillBlanksExercise.Words words) {
                sentence.add(new Span(words.text()));
            } else {
                TextField field = new TextField();
                int number = fields.size() + 1;
                field.setAriaLabel(getTranslation("exercise.blank", number));
                field.addClassName("blank");
                // Sent as she types (after a short pause), so that her words are kept if she is signed out.
                field.setValueChangeMode(ValueChangeMode.LAZY);
                if (given.size() >= number) {
                    field.setValue(given.get(number - 1));
                }
                fields.add(field);
                sentence.add(field);
            }
        }
        fields.forEach(field -> field.addValueChangeListener(change ->
                drafts.keepTyped(fields.stream().map(TextField::getValue).toList())));
        answer = () -> fields.stream().allMatch(f -> f.getValue().isBlank()) ? Optional.empty()
                : Optional.of(new Answer.Blanks(fields.stream().map(TextField::getValue).toList()));
        return sentence;
    }

    private Component order(OrderExercise order, Answer previous) {
        Map<String, OrderExercise.Item> byId = new LinkedHashMap<>();
        order.items().forEach(item -> byId.put(item.id(), item));
        List<String> current = new ArrayList<>(byId.keySet());
        if (previous instanceof Answer.Order given && new HashSet<>(given.ids()).equals(byId.keySet())) {
            current = new ArrayList<>(given.ids());
        } else {
            // Shuffled, but never in the right order already.
            for (int tries = 0; tries < 5 && current.equals(List.copyOf(byId.keySet())); tries++) {
                Collections.shuffle(current, shuffle);
            }
        }
        List<String> ids = current;
        Div list = new Div();
        list.addClassName("order-list");
        list.getElement().setAttribute("role", "list");
        Runnable[] redraw = new Runnable[1];
        redraw[0] = () -> {
            list.removeAll();
            for (int i = 0; i < ids.size(); i++) {
                int position = i;
                String text = byId.get(ids.get(i)).text().in(language);
                Span number = new Span(String.valueOf(i + 1));
                number.addClassName("order-number");
                Button up = new Button(VaadinIcon.ARROW_UP.create(), click -> {
                    Collections.swap(ids, position, position - 1);
                    redraw[0].run();
                });
                up.setAriaLabel(getTranslation("exercise.order.up", text));
                up.setEnabled(i > 0);
                Button down = new Button(VaadinIcon.ARROW_DOWN.create(), click -> {
                    Collections.swap(ids, position, position + 1);
                    redraw[0].run();
                });
                down.setAriaLabel(getTranslation("exercise.order.down", text));
                down.setEnabled(i < ids.size() - 1);
                Div row = new Div(number, new Span(text), up, down);
                row.addClassName("order-item");
                row.getElement().setAttribute("role", "listitem");
                list.add(row);
            }
        };
        redraw[0].run();
        answer = () -> Optional.of(new Answer.Order(List.copyOf(ids)));
        return list;
    }

    private Component match(MatchExercise match, Answer previous) {
        List<MatchExercise.Pair> rights = new ArrayList<>(match.pairs());
        Collections.shuffle(rights, shuffle);
        Map<String, String> given = previous instanceof Answer.Matches m ? m.rightFor() : Map.of();
        Div pairs = new Div();
        pairs.addClassName("match-pairs");
        Map<String, Select<MatchExercise.Pair>> selects = new LinkedHashMap<>();
        for (MatchExercise.Pair pair : match.pairs()) {
            Select<MatchExercise.Pair> select = new Select<>();
            select.setLabel(pair.left().in(language));
            select.setPlaceholder(getTranslation("exercise.match.choose"));
            select.setItems(rights);
            select.setItemLabelGenerator(p -> p.right().in(language));
            rights.stream().filter(p -> p.id().equals(given.get(pair.id()))).findFirst().ifPresent(select::setValue);
            select.addClassName("match-select");
            selects.put(pair.id(), select);
            pairs.add(select);
        }
        answer = () -> {
            Map<String, String> chosen = new LinkedHashMap<>();
            selects.forEach((left, select) -> {
                if (select.getValue() != null) {
                    chosen.put(left, select.getValue().id());
                }
            });
            return chosen.isEmpty() ? Optional.empty() : Optional.of(new Answer.Matches(chosen));
        };
        return pairs;
    }
}
