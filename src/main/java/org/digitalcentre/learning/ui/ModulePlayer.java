package org.digitalcentre.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.markdown.Markdown;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;
import org.digitalcentre.base.ui.LearnerMarkdown;
import org.digitalcentre.base.ui.PageStart;
import org.digitalcentre.base.ui.ReadAloud;
import org.digitalcentre.content.Exercise;
import org.digitalcentre.content.ImageStep;
import org.digitalcentre.content.Module;
import org.digitalcentre.content.Step;
import org.digitalcentre.content.TextStep;
import org.digitalcentre.learning.Answer;
import org.digitalcentre.learning.Grade;
import org.digitalcentre.learning.LearningService.GivenAnswer;
import org.digitalcentre.simulation.SimEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A module, one step at a time, with large Back and Next buttons and a progress bar: what a learner sees, and what
 * an author previews. What happens to her moves and answers is the {@link Listener}'s business (stored for a
 * learner, only graded in a preview).
 */
public class ModulePlayer extends Div {

    private static final Logger LOG = LoggerFactory.getLogger(ModulePlayer.class);

    /** What the player reports. */
    public interface Listener {
        /** She is now on this step. */
        void moved(int stepIndex);

        /**
         * She checked an answer: grade it (and keep it, or not). {@code checkId} names this check: the same id again
         * (a double-click, a request sent again) must not count twice. A failure to store it is thrown (Spring's
         * data-access or transaction exceptions): the exercise then says her answer is not saved yet.
         */
        Grade answered(Exercise exercise, Answer answer, Instant shownAt, boolean hintUsed, String checkId);

        /** She went past the last step: what to show then. */
        Component finished();

        /**
         * Whether "Next" on an exercise she has not checked asks "Skip this exercise?" once (a learner), or simply
         * moves on (an author's preview).
         */
        default boolean asksBeforeSkipping() {
            return false;
        }

        /** Her simulation try changed before she checked it: keep it (or not, in a preview). */
        default void simulationChanged(Exercise exercise, List<SimEvent> events) {
        }

        /** The simulation try she left unchecked, to show again; none in a preview. */
        default List<SimEvent> draft(Exercise exercise) {
            return List.of();
        }

        /** Whether each step, and each feedback, is read aloud as it opens (her setting, switched on by a teacher). */
        default boolean readAloudAutomatically() {
            return false;
        }

        /** The computer has no voice for this language ("ar"): her teacher may want to know; she is not told. */
        default void noVoice(String language) {
        }

        /** She typed words in the blanks and has not checked them: keep them (or not, in a preview). */
        default void typed(Exercise exercise, List<String> words) {
        }

        /** The words she typed and left unchecked, to show again; none in a preview. */
        default Optional<List<String>> typedDraft(Exercise exercise) {
            return Optional.empty();
        }
    }

    private final Module module;
    private final String language;
    private final long seedBase;
    private final Clock clock;
    private final Listener listener;
    private final Map<String, GivenAnswer> answers;
    private final ProgressBar progressBar = new ProgressBar();
    private final Span stepCounter = new Span();
    private final Div stepArea = new Div();
    private final Button back = new Button();
    private final Button next = new Button();
    private int index;
    /** The exercises she was asked about and chose to skip: asked once each. */
    private final Set<String> skipAllowed = new HashSet<>();

    /**
     * @param seedBase makes the shuffled order of an exercise's items stable for one person
     */
    public ModulePlayer(Module module, String language, int startIndex, Map<String, GivenAnswer> answers,
                        long seedBase, Clock clock, Listener listener) {
        this.module = module;
        this.language = language;
        this.seedBase = seedBase;
        this.clock = clock;
        this.listener = listener;
        this.answers = new HashMap<>(answers);
        addClassName("module-player");

        stepCounter.addClassName("step-counter");
        stepCounter.setId("step-counter");
        progressBar.getElement().setAttribute("aria-labelledby", "step-counter");
        Div progress = new Div(stepCounter, progressBar);
        progress.addClassName("step-progress");
        stepArea.addClassName("step");
        ReadAloud.scope(stepArea);

        back.setText(getTranslation("player.back"));
        back.setIcon(VaadinIcon.ARROW_LEFT.create());
        back.addThemeVariants(ButtonVariant.LUMO_LARGE);
        back.addClassName("back-button");
        back.addClickListener(click -> show(index - 1));
        next.setIcon(VaadinIcon.ARROW_RIGHT.create());
        next.setIconAfterText(true);
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        next.addClassName("next-button");
        next.addClickListener(click -> {
            if (uncheckedExercise().filter(e -> listener.asksBeforeSkipping() && !skipAllowed.contains(e.id()))
                    .isPresent()) {
                askBeforeSkipping();
            } else {
                goOn();
            }
        });
        Div navigation = new Div(back, next);
        navigation.addClassName("player-navigation");
        // The module's texts may be in French under an Arabic interface: say so to screen readers and read-aloud.
        add(LanguageMarks.content(new H1(module.title().in(language)), language), progress,
                LanguageMarks.content(stepArea, language), navigation);
        render(Math.max(0, Math.min(startIndex, module.steps().size() - 1)));
    }

    public int stepIndex() {
        return index;
    }

    private void goOn() {
        if (index < module.steps().size() - 1) {
            show(index + 1);
        } else {
            finish();
        }
    }

    /** The exercise on screen, if she has not checked an answer to it yet. */
    private Optional<Exercise> uncheckedExercise() {
        if (index >= module.steps().size() || !(module.steps().get(index) instanceof Exercise exercise)
                || answers.containsKey(exercise.id())) {
            return Optional.empty();
        }
        return Optional.of(exercise);
    }

    /**
     * "Check" is the way on from an exercise; "Next" before checking asks once, in a dialog that says it plainly and
     * that the keyboard and a screen reader reach at once; "No, check it" is the main answer.
     */
    private void askBeforeSkipping() {
        Exercise exercise = uncheckedExercise().orElseThrow();
        ConfirmDialog ask = new ConfirmDialog();
        ask.addClassName("skip-dialog");
        ask.setHeader(getTranslation("player.skip.title"));
        ask.setText(getTranslation("player.skip.text"));
        ask.setConfirmText(getTranslation("player.skip.yes"));
        ask.setConfirmButtonTheme("");
        ask.setCancelable(true);
        ask.setCancelText(getTranslation("player.skip.no"));
        ask.setCancelButtonTheme("primary");
        ask.addConfirmListener(yes -> {
            ask.close();
            skipAllowed.add(exercise.id());
            goOn();
        });
        // Back to the exercise, on its "Check" button.
        ask.addCancelListener(no -> {
            ask.close();
            stepArea.getElement().executeJs(
                    "const check = this.querySelector('.check-button'); if (check) { check.focus(); }");
        });
        ask.open();
    }

    /** "Next" is the main way on once the step has nothing left to check; on an unchecked exercise, "Check" is. */
    private void styleNext() {
        if (uncheckedExercise().isPresent()) {
            next.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            next.addClassName("next-unchecked");
        } else {
            next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            next.removeClassName("next-unchecked");
        }
    }

    /** The exercises of the module she has not answered yet, in order, as steps she can open directly. */
    public Map<Integer, Exercise> exercisesNotDone() {
        Map<Integer, Exercise> left = new LinkedHashMap<>();
        for (int i = 0; i < module.steps().size(); i++) {
            if (module.steps().get(i) instanceof Exercise exercise && !answers.containsKey(exercise.id())) {
                left.put(i, exercise);
            }
        }
        return left;
    }

    /** Opens a step directly (from the end of the module's list of exercises not done). */
    public void open(int stepIndex) {
        show(stepIndex);
    }

    private void show(int stepIndex) {
        safely("her move to step " + stepIndex, () -> listener.moved(stepIndex));
        render(stepIndex);
        // The new step from its top; a screen reader starts at "Step 3 of 8", then reads the step.
        PageStart.bringToTop(stepCounter.getElement());
    }

    /**
     * Where she is and her unchecked drafts are kept as she goes; when the database fails, the page goes on (what she
     * had checked and saved is not touched, and an exercise says by itself when a check is not saved).
     */
    private static void safely(String what, Runnable keep) {
        try {
            keep.run();
        } catch (DataAccessException | TransactionException failed) {
            LOG.warn("Could not keep {}: {}", what, failed.toString());
        }
    }

    private static <T> T safely(String what, Supplier<T> read, T otherwise) {
        try {
            return read.get();
        } catch (DataAccessException | TransactionException failed) {
            LOG.warn("Could not read {}: {}", what, failed.toString());
            return otherwise;
        }
    }

    private void render(int stepIndex) {
        index = stepIndex;
        int count = module.steps().size();
        stepCounter.setText(getTranslation("player.step-of", index + 1, count));
        progressBar.setValue((index + 1) / (double) count);
        back.setEnabled(index > 0);
        next.setVisible(true);
        next.setText(getTranslation(index == count - 1 ? "player.finish" : "player.next"));
        stepArea.removeAll();
        Step step = module.steps().get(index);
        Optional<Path> recording = module.readAloud(step.id(), language);
        stepArea.add(readAloud(recording));
        Component content = stepContent(step);
        if (recording.isPresent() && !(step instanceof Exercise)) {
            ReadAloud.markRecorded(content);
        }
        stepArea.add(content);
        stepArea.getElement().setAttribute("data-step", step.id());
        styleNext();
    }

    /**
     * "Listen" for this step: the browser's voices read the step's text, the question, each choice and the feedback;
     * an author's recording of the step, where there is one, says the step's text instead of a voice.
     */
    private Component readAloud(Optional<Path> recording) {
        ReadAloud control = new ReadAloud(ContentLanguage.of(module.title(), language))
                .automatic(listener.readAloudAutomatically());
        // Its words are the interface's, inside a step that may be in another language.
        LanguageMarks.interfaceWords(control, language);
        recording.ifPresent(file -> control.recording(DownloadHandler.forFile(file.toFile())));
        control.onNoVoice(listener::noVoice);
        return control;
    }

    private Component stepContent(Step step) {
        if (step instanceof TextStep text) {
            Markdown markdown = LearnerMarkdown.of(text.markdown().in(language));
            markdown.addClassName("step-text");
            return ReadAloud.mark(markdown, ContentLanguage.of(text.markdown(), language));
        }
        if (step instanceof ImageStep image) {
            Image picture = new Image(DownloadHandler.forFile(image.file().toFile()), image.alt().in(language));
            ReadAloud.mark(picture, ContentLanguage.of(image.alt(), language), image.alt().in(language));
            picture.addClassName("step-image");
            Div figure = new Div(picture);
            figure.addClassName("step-figure");
            if (image.caption() != null) {
                Paragraph caption = ReadAloud.mark(new Paragraph(image.caption().in(language)),
                        ContentLanguage.of(image.caption(), language));
                caption.addClassName("step-caption");
                figure.add(caption);
            }
            return figure;
        }
        Exercise exercise = (Exercise) step;
        Instant shownAt = clock.instant();
        long seed = Objects.hash(seedBase, module.id(), exercise.id());
        return new ExercisePanel(exercise, language, seed, answers.get(exercise.id()), (answer, hintUsed, checkId) -> {
            Grade grade = listener.answered(exercise, answer, shownAt, hintUsed, checkId);
            answers.put(exercise.id(), new GivenAnswer(answer, grade.correct()));
            styleNext();
            return grade;
        }, new ExercisePanel.Drafts() {
            @Override
            public List<SimEvent> draft() {
                return safely("her unchecked try", () -> listener.draft(exercise), List.of());
            }

            @Override
            public void keep(List<SimEvent> events) {
                safely("her unchecked try", () -> listener.simulationChanged(exercise, events));
            }

            @Override
            public Optional<List<String>> typed() {
                return safely("her typed words", () -> listener.typedDraft(exercise), Optional.empty());
            }

            @Override
            public void keepTyped(List<String> words) {
                safely("her typed words", () -> listener.typed(exercise, words));
            }
        });
    }

    /** The end of the module; "Back" from here returns to the last step. */
    private void finish() {
        stepArea.removeAll();
        stepArea.getElement().setAttribute("data-step", "finished");
        Component end = listener.finished();
        stepArea.add(readAloud(Optional.empty()), end);
        next.setVisible(false);
        back.setEnabled(true);
        index = module.steps().size();
        // The hidden "Finish" button loses the focus: it goes to the end screen's title ("Well done, module
        // finished!"), read first by a screen reader, and the page to its top.
        PageStart.bringToTopAtHeadingOf(stepArea.getElement());
    }
}
