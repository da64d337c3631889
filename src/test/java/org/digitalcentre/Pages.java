package org.digitalcentre;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.RouterLink;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

/** Small steps that many UI tests take, written as a person would do them. */
public final class Pages {

    private Pages() {
    }

    public static String currentPath() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }

    public static void open(String path) {
        UI.getCurrent().navigate(path);
    }

    public static void clickButton(String text) {
        _click(_get(Button.class, spec -> spec.withText(text)));
    }

    /** "Next", and "Yes, skip it" when the step is an exercise she has not checked. */
    public static void nextSkippingExercises() {
        clickButton("Next");
        _find(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).forEach(
                com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt::_fireConfirm);
    }

    /** The card of a module on her home (the first one when today's workshop repeats it). */
    public static RouterLink moduleCard(String moduleId) {
        return _find(RouterLink.class, spec -> spec.withClasses("module-card")
                .withAttribute("href", "module/" + moduleId)).stream().findFirst()
                .orElseThrow(() -> new AssertionError("No card for " + moduleId + " on this page"));
    }

    /** Taps each digit on the keypad of the code screen. */
    public static void typeCode(String code) {
        for (char digit : code.toCharArray()) {
            clickButton(String.valueOf(digit));
        }
    }

    /** The whole tap-to-sign-in path: cohort, her tile, her code. */
    public static void signInByTapping(String cohortName, String tileName, String code) {
        open("");
        clickButton(cohortName);
        clickButton(tileName);
        typeCode(code);
    }
}
