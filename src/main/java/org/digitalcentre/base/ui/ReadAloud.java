package org.digitalcentre.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.shared.Registration;

import java.util.Locale;
import java.util.function.Consumer;

/**
 * "Listen": the page read aloud by the browser's own voices ({@code frontend/components/dc-read-aloud.js},
 * docs/decisions/0014-read-aloud.md). The server decides what is read, in which order and in which language: a view
 * marks what may be read ({@link #mark}), and the control reads the marked elements of its scope ({@link #scope}, or
 * the whole page) in the order of the page. A choice of an exercise gets its own small speaker ({@link #speaker}).
 */
@Tag("dc-read-aloud")
@JavaScript("context://components/dc-read-aloud.js")
public class ReadAloud extends Component {

    /** The control, for a page whose content is in the interface's language. */
    public ReadAloud() {
        this(null);
    }

    /**
     * The control for content in {@code contentLanguage} ("fr", "en", "ar"); when it is not the interface's language
     * (an Arabic-speaking learner on a module with no Arabic text), the button says in her language which language
     * it reads.
     */
    public ReadAloud(String contentLanguage) {
        addClassName("read-aloud");
        String ui = interfaceLanguage();
        boolean other = contentLanguage != null && !contentLanguage.equals(ui);
        Element element = getElement();
        element.setAttribute("listen-label", other
                ? getTranslation("read-aloud.listen-in", languageName(contentLanguage, ui))
                : getTranslation("read-aloud.listen"));
        element.setAttribute("stop-label", getTranslation("read-aloud.stop"));
        element.setAttribute("speed-label", getTranslation("read-aloud.speed"));
        element.setAttribute("slower-label", getTranslation("read-aloud.slower"));
        element.setAttribute("normal-label", getTranslation("read-aloud.normal"));
        if (contentLanguage != null) {
            element.setAttribute("content-lang", contentLanguage);
        }
    }

    /** Each step (and each feedback) is read as soon as it shows: the learner's setting, switched on by a teacher. */
    public ReadAloud automatic(boolean automatic) {
        getElement().setAttribute("automatic", automatic);
        return this;
    }

    /**
     * The author's recording of the step: it is played, instead of a voice, for the elements marked with
     * {@link #markRecorded}. The browser's own audio element plays it from the app; nothing comes from outside.
     */
    public ReadAloud recording(String source) {
        Element audio = new Element("audio");
        audio.setAttribute("src", source);
        audio.setAttribute("preload", "none");
        getElement().appendChild(audio);
        return this;
    }

    /** The same, for a file the server hands out (Vaadin's download handler, as an attribute). */
    public ReadAloud recording(com.vaadin.flow.server.streams.DownloadHandler source) {
        Element audio = new Element("audio");
        audio.setAttribute("src", source);
        audio.setAttribute("preload", "none");
        getElement().appendChild(audio);
        return this;
    }

    /**
     * The computer has no voice for a language (the learner is not told; her teacher may be): {@code language} is
     * its code, "ar" for instance. Said once per language and page.
     */
    public Registration onNoVoice(Consumer<String> listener) {
        return getElement().addEventListener("no-voice",
                        event -> listener.accept(event.getEventData().getString("event.detail.lang")))
                .addEventData("event.detail.lang");
    }

    /** The control reads only inside this component (a step, rather than the whole page). */
    public static <T extends HasElement> T scope(T component) {
        component.getElement().setAttribute("data-read-scope", true);
        return component;
    }

    /** To be read, in {@code language} (null: the interface's language, for the app's own words). */
    public static <T extends HasElement> T mark(T component, String language) {
        component.getElement().setAttribute("data-read", true);
        String spoken = language != null ? language : interfaceLanguageNow();
        if (spoken != null) {
            component.getElement().setAttribute("lang", spoken);
        }
        return component;
    }

    private static String interfaceLanguageNow() {
        UI ui = UI.getCurrent();
        return ui == null || ui.getLocale() == null ? null : ui.getLocale().getLanguage();
    }

    /** To be read as {@code said} rather than as shown (an icon, a number written as a figure...). */
    public static <T extends HasElement> T mark(T component, String language, String said) {
        mark(component, language);
        component.getElement().setAttribute("data-read-text", said);
        return component;
    }

    /**
     * Where the answer's feedback shows: its marked parts are read after the rest, and, when she reads aloud
     * automatically, again each time it changes (after each "Check").
     */
    public static <T extends HasElement> T feedback(T component) {
        component.getElement().setAttribute("data-read-feedback", true);
        return component;
    }

    /** The author's recording, where there is one, says this element. */
    public static <T extends HasElement> T markRecorded(T component) {
        component.getElement().setAttribute("data-read-recorded", true);
        return component;
    }

    /** A small speaker that reads one choice alone, for beside the choice: "Listen: <choice>". */
    public static Button speaker(String choice, String language) {
        Button speaker = new Button(VaadinIcon.VOLUME_UP.create());
        speaker.addClassName("read-aloud-choice");
        speaker.setAriaLabel(speaker.getTranslation("read-aloud.choice", choice));
        speaker.getElement().setAttribute("data-read-choice", choice);
        String spoken = language != null ? language : interfaceLanguageNow();
        if (spoken != null) {
            // Its name is in the interface's language; what it reads is in the content's.
            speaker.getElement().setAttribute("data-read-lang", spoken);
        }
        return speaker;
    }

    /** A language's name, as said in the interface's language ("français", "French", "الفرنسية"). */
    static String languageName(String language, String interfaceLanguage) {
        Locale in = Locale.forLanguageTag(interfaceLanguage);
        String name = Locale.forLanguageTag(language).getDisplayLanguage(in);
        return name.isBlank() ? language : name;
    }

    private String interfaceLanguage() {
        Locale locale = getLocale();
        return locale == null ? "fr" : locale.getLanguage();
    }
}
