package org.digitalcentre.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.digitalcentre.base.ui.LanguagePicker;
import org.digitalcentre.base.ui.LeftToRight;
import org.digitalcentre.base.ui.QuickExit;
import org.digitalcentre.base.ui.ReadAloud;
import org.digitalcentre.classroom.ClassroomService;
import org.digitalcentre.classroom.CodeCheck;
import org.digitalcentre.classroom.LearnerCode;
import org.digitalcentre.classroom.LearnerTile;
import org.digitalcentre.classroom.ui.LearnerPictures;
import org.digitalcentre.security.LearnerSignIn;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Her four-digit code on a large keypad. The code is checked as soon as the fourth digit is in. A wrong code is
 * said in words, with an icon, and the keypad waits a moment (longer after each wrong code) before the next one;
 * after five she is locked until a teacher unlocks her. Shown only on the centre's computers, and only for a
 * learner of a running cohort.
 */
@Route(value = "cohort/:cohortId([0-9]{1,18})/learner/:learnerId([0-9]{1,18})", autoLayout = false)
@AnonymousAllowed
class EnterCodeView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** The session attribute naming the learner whose code screen a language was tapped on. */
    private static final String CHOSEN_FOR_LEARNER = "language-chosen-for-learner";

    private final ClassroomService classroom;
    private final LearnerSignIn signIn;
    private final StringBuilder code = new StringBuilder();
    private final Div dots = new Div();
    private final Div message = new Div();
    private Div keypad;
    private LearnerTile learner;
    private boolean waiting;

    EnterCodeView(ClassroomService classroom, LearnerSignIn signIn) {
        this.classroom = classroom;
        this.signIn = signIn;
        addClassName("sign-in-page");
        ReadAloud.scope(this);
        dots.addClassName("code-dots");
        LeftToRight.always(dots); // her code fills from the left, as typed on a phone
        dots.getElement().setAttribute("aria-live", "polite");
        message.addClassName("code-message");
        message.getElement().setAttribute("role", "alert");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> cohortId = event.getRouteParameters().getLong("cohortId");
        Optional<LearnerTile> found = event.getRouteParameters().getLong("learnerId")
                .flatMap(classroom::learnerWhoMaySignIn)
                .filter(l -> cohortId.isPresent() && l.cohortId() == cohortId.get());
        if (found.isEmpty() || !signIn.learnersMaySignInHere()) {
            event.forwardTo(ChooseCohortView.class);
            return;
        }
        learner = found.get();
        removeAll();
        add(new QuickExit());
        Button back = new Button(getTranslation("sign-in.back"), VaadinIcon.ARROW_LEFT.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(ChooseLearnerView.class,
                        new RouteParameters("cohortId", String.valueOf(learner.cohortId())))));
        back.addThemeVariants(ButtonVariant.LUMO_LARGE);
        back.addClassName("back-button");

        Div who = new Div(LearnerPictures.badge(learner.picture()), new Span(learner.shortName()));
        who.addClassName("code-who");
        keypad = keypad();
        long learnerId = learner.id();
        LanguagePicker languages = new LanguagePicker(
                chosen -> UI.getCurrent().getSession().setAttribute(CHOSEN_FOR_LEARNER, learnerId));
        add(back, languages, who, ReadAloud.mark(new H1(getTranslation("sign-in.code.title")), null), new ReadAloud(),
                dots, ReadAloud.mark(message, null), keypad);
        showDots();
        if (learner.locked()) {
            showLocked();
        }
    }

    private Div keypad() {
        Div keypad = new Div();
        keypad.addClassName("keypad");
        LeftToRight.always(keypad); // 1 2 3 from the left, like a phone's keypad in every language
        keypad.getElement().setAttribute("role", "group");
        keypad.getElement().setAttribute("aria-label", getTranslation("sign-in.code.keypad"));
        for (int digit : new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9}) {
            keypad.add(digitKey(digit));
        }
        Button erase = new Button(getTranslation("sign-in.code.erase"), VaadinIcon.ARROW_BACKWARD.create(),
                click -> erase());
        erase.addClassName("keypad-key");
        erase.addClassName("keypad-erase");
        Shortcuts.addShortcutListener(this, this::erase, Key.BACKSPACE);
        keypad.add(erase, digitKey(0));
        return keypad;
    }

    private Button digitKey(int digit) {
        Button key = new Button(String.valueOf(digit), click -> type(digit));
        key.addClassName("keypad-key");
        key.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        // Typing on a real keyboard works too, for those who prefer it.
        Shortcuts.addShortcutListener(this, () -> type(digit), Key.of(String.valueOf(digit)));
        return key;
    }

    private void type(int digit) {
        if (learner == null || learner.locked() || waiting || code.length() >= LearnerCode.LENGTH) {
            return;
        }
        code.append(digit);
        message.removeAll();
        showDots();
        if (code.length() == LearnerCode.LENGTH) {
            check();
        }
    }

    private void erase() {
        if (!code.isEmpty()) {
            code.setLength(code.length() - 1);
            showDots();
        }
    }

    /**
     * Her language from now on: the one she tapped on this screen (her name is on it: it is remembered for her), or
     * the one remembered for her, or, the first time, the one tapped on the first screens (remembered too).
     */
    private void speakHerLanguage(UI ui) {
        Optional<String> hers = classroom.languageOf(learner.id());
        boolean chosenHere = Long.valueOf(learner.id()).equals(ui.getSession().getAttribute(CHOSEN_FOR_LEARNER));
        ui.getSession().setAttribute(CHOSEN_FOR_LEARNER, null);
        if (chosenHere || hers.isEmpty() && LanguagePicker.chosenInThisSession(ui)) {
            classroom.rememberLanguage(learner.id(), ui.getLocale().getLanguage());
        } else {
            hers.ifPresent(language -> LanguagePicker.use(ui, Locale.forLanguageTag(language)));
        }
    }

    private void check() {
        CodeCheck check = signIn.signIn(learner, code.toString());
        code.setLength(0);
        showDots();
        switch (check.outcome()) {
            case ACCEPTED -> getUI().ifPresent(ui -> {
                speakHerLanguage(ui);
                ui.navigate("");
            });
            case WRONG -> {
                showMessage(VaadinIcon.CLOSE_CIRCLE, "wrong", getTranslation("sign-in.code.wrong", check.triesLeft()));
                waitBeforeNextCode(check.nextTryIn());
            }
            case WAIT -> {
                showMessage(VaadinIcon.HOURGLASS, "wait", getTranslation("sign-in.code.wait", seconds(check.nextTryIn())));
                waitBeforeNextCode(check.nextTryIn());
            }
            case LOCKED -> {
                learner = classroom.learner(learner.id()).orElse(learner);
                showLocked();
            }
            case REFUSED -> showMessage(VaadinIcon.BAN, "refused", getTranslation("sign-in.code.refused"));
        }
    }

    /** The keypad rests until the server will check a code again; push brings it back. */
    private void waitBeforeNextCode(Duration wait) {
        if (wait.isZero() || wait.isNegative()) {
            return;
        }
        waiting = true;
        keypad.setEnabled(false);
        Span waitMessage = new Span(getTranslation("sign-in.code.wait", seconds(wait)));
        message.add(waitMessage);
        UI ui = UI.getCurrent();
        CompletableFuture.delayedExecutor(wait.toMillis(), TimeUnit.MILLISECONDS).execute(() -> {
            try {
                ui.access(() -> {
                    waiting = false;
                    keypad.setEnabled(true);
                    message.remove(waitMessage);
                    // Keyboard: the disabled keypad lost the focus; it comes back on the first key (issue 11).
                    keypad.getChildren().findFirst().ifPresent(key -> ((Button) key).focus());
                });
            } catch (UIDetachedException gone) {
                // She left the keypad meanwhile: nothing to bring back.
            }
        });
    }

    private static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    private void showLocked() {
        showMessage(VaadinIcon.LOCK, "locked", getTranslation("sign-in.code.locked"));
    }

    private void showMessage(VaadinIcon icon, String kind, String text) {
        message.removeAll();
        message.getElement().setAttribute("data-kind", kind);
        message.add(icon.create(), new Span(text));
    }

    private void showDots() {
        dots.removeAll();
        for (int i = 0; i < LearnerCode.LENGTH; i++) {
            Span dot = new Span();
            dot.addClassName(i < code.length() ? "dot-filled" : "dot-empty");
            dots.add(dot);
        }
        dots.getElement().setAttribute("aria-label",
                getTranslation("sign-in.code.typed", code.length(), LearnerCode.LENGTH));
        dots.getElement().setAttribute("role", "status");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sign-in.code.page-title");
    }
}
