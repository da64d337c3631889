package org.digitalcentre.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.markdown.Markdown;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.streams.DownloadHandler;
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
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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

        /** Her simulation try changed before she checked it: keep it (or not, in a preview). */
        default void simulationChanged(Exercise exercise, List<SimEvent> events) {
        }

        /** The simulation try she left unchecked, to show again; none in a preview. */
        default List<SimEvent> draft(Exercise exercise) {
            return List.of();
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
            if (index < module.steps().size() - 1) {
                show(index + 1);
            } else {
                finish();
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

    private void show(int stepIndex) {
        safely("her move to step " + stepIndex, () -> listener.moved(stepIndex));
        render(stepIndex);
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
        module.readAloud(step.id(), language).ifPresent(recording -> stepArea.add(readAloud(recording)));
        stepArea.add(stepContent(step));
        stepArea.getElement().setAttribute("data-step", step.id());
    }

    /**
     * The step read aloud, where the author recorded it: one large button that plays the recording from the start,
     * and stops it. The browser's own audio element plays it; nothing comes from outside the app.
     */
    private Component readAloud(Path recording) {
        Element audio = new Element("audio");
        audio.setAttribute("src", DownloadHandler.forFile(recording.toFile()));
        audio.setAttribute("preload", "none");
        Button listen = new Button(getTranslation("player.listen"), VaadinIcon.VOLUME_UP.create());
        listen.addThemeVariants(ButtonVariant.LUMO_LARGE);
        listen.addClassName("listen-button");
        LanguageMarks.interfaceWords(listen, language);
        listen.addClickListener(click -> audio.executeJs(
                "if (this.paused) { this.currentTime = 0; this.play().catch(() => {}); } else { this.pause(); }"));
        audio.addEventListener("play", playing -> {
            listen.setText(getTranslation("player.stop-listening"));
            listen.setIcon(VaadinIcon.STOP.create());
        });
        for (String stopped : new String[] {"pause", "ended"}) {
            audio.addEventListener(stopped, event -> {
                listen.setText(getTranslation("player.listen"));
                listen.setIcon(VaadinIcon.VOLUME_UP.create());
            });
        }
        Div readAloud = new Div(listen);
        readAloud.addClassName("read-aloud");
        readAloud.getElement().appendChild(audio);
        return readAloud;
    }

    private Component stepContent(Step step) {
        if (step instanceof TextStep text) {
            Markdown markdown = new Markdown(text.markdown().in(language));
            markdown.addClassName("step-text");
            return markdown;
        }
        if (step instanceof ImageStep image) {
            Image picture = new Image(DownloadHandler.forFile(image.file().toFile()), image.alt().in(language));
            picture.addClassName("step-image");
            Div figure = new Div(picture);
            figure.addClassName("step-figure");
            if (image.caption() != null) {
                Paragraph caption = new Paragraph(image.caption().in(language));
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
        stepArea.add(listener.finished());
        next.setVisible(false);
        back.setEnabled(true);
        index = module.steps().size();
    }
}
