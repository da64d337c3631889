package org.digitalcentre.simulation.mousekeyboard;

import org.digitalcentre.base.Translations;
import org.digitalcentre.content.MouseKeyboardSimulation;
import org.digitalcentre.simulation.SimEvent;
import org.digitalcentre.simulation.Simulations;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Her mouse and keyboard figures in words, for her teacher and for her: "Précision 80 %, 1,9 s par action,
 * 95 caractères/min". Only what she did is said: no speed before a target is reached, no typing speed before a line
 * is typed right.
 */
public final class SkillFigures {

    private SkillFigures() {
    }

    /** The figures of a try, replayed as it is graded; empty when nothing counts (nothing done, or a refused try). */
    public static String of(MouseKeyboardSimulation task, List<SimEvent> events, String language) {
        if (events.size() > Simulations.MAX_EVENTS) {
            return "";
        }
        MouseKeyboardRun run = new MouseKeyboardRun(task);
        for (SimEvent event : events) {
            if (event == null || !run.apply(event)) {
                return "";
            }
        }
        return describe(run.figures(), language);
    }

    public static String describe(MouseKeyboardRun.Figures figures, String language) {
        if (figures.actions() == 0) {
            return "";
        }
        Locale locale = Translations.supported(Locale.forLanguageTag(language));
        ResourceBundle bundle = Translations.bundle(locale);
        List<String> parts = new ArrayList<>();
        parts.add(format(bundle, locale, "sim.mouse-keyboard.figures.accuracy", figures.accuracyPercent()));
        if (figures.secondsPerAction() > 0) {
            parts.add(format(bundle, locale, "sim.mouse-keyboard.figures.speed", figures.secondsPerAction()));
        }
        if (figures.charactersPerMinute() >= 0) {
            parts.add(format(bundle, locale, "sim.mouse-keyboard.figures.typing", figures.charactersPerMinute()));
        }
        return String.join(", ", parts);
    }

    private static String format(ResourceBundle bundle, Locale locale, String key, Object value) {
        return new MessageFormat(bundle.getString(key), locale).format(new Object[] {value});
    }
}
