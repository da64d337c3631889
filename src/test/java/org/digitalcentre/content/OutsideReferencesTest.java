package org.digitalcentre.content;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A module may not send a learner to another site, load anything from outside the app, or hide a script
 * (content/README.md, "What the checks mean"): one test per kind of mistake, in a text file, in a Markdown field of
 * the YAML and in an SVG picture. The module is left out and the problem names the file, the field and the line.
 */
class OutsideReferencesTest {

    private static final String MODULE_YAML = "modules/quiz/module.yaml";

    private static final String TRUE_FALSE = """
              - id: padlock
                type: true-false
                prompt: { fr: "%s", en: "The padlock protects." }
                answer: true
                hint: { fr: "Regardez en haut.", en: "%s" }
                feedback:
                  right: { fr: Oui., en: Right. }
                  wrong: { fr: Non., en: Wrong. }
            """;

    @TempDir
    Path content;

    private ContentFolder folder;

    @BeforeEach
    void writeTopics() {
        folder = new ContentFolder(content);
        folder.write("topics.yaml", """
                topics:
                  - id: browsing
                    icon: globe
                    title: { fr: Naviguer, en: Browsing }
                """);
    }

    // --- Markdown text files ---

    @Test
    void a_link_to_another_site_in_a_text_file_is_a_mistake_with_its_line() {
        textFile("## Le site\n\nAllez sur [le site](https://example.org/page) pour voir.\n");

        folder.assertLeftOut(MODULE_YAML, "steps[0].file", "welcome.fr.md, line 3: the link 'https://example.org/page' "
                + "leads out of the app");
    }

    @Test
    void a_picture_from_another_site_in_a_text_file_is_a_mistake() {
        textFile("Voici :\n\n![Un chat](http://example.org/chat.png)\n");

        folder.assertLeftOut(MODULE_YAML, "steps[0].file", "line 3: the picture 'http://example.org/chat.png' comes "
                + "from outside the app");
    }

    @Test
    void a_protocol_relative_address_is_a_mistake() {
        textFile("Voir ![logo](//cdn.example.org/logo.svg).\n");

        folder.assertLeftOut(MODULE_YAML, "steps[0].file", "the picture '//cdn.example.org/logo.svg'");
    }

    @Test
    void a_reference_link_and_a_bare_http_address_are_mistakes() {
        textFile("Le [site][1] ou https://example.org tout court.\n\n[1]: https://example.org/ref\n");

        folder.assertLeftOut(MODULE_YAML, "steps[0].file", "line 1: the address 'https://example.org' becomes a link");
        folder.assertLeftOut(MODULE_YAML, "steps[0].file", "line 3: the link 'https://example.org/ref'");
    }

    @Test
    void a_javascript_address_is_a_mistake() {
        textFile("[Cliquez](javascript:alert(1))\n");

        folder.assertLeftOut(MODULE_YAML, "steps[0].file", "the link 'javascript:alert(1'");
    }

    @Test
    void html_that_loads_or_runs_things_is_a_mistake() {
        Map<String, String> elements = Map.of(
                "<img src=\"http://example.org/x.png\">", "img",
                "<link rel=stylesheet href=x.css>", "link",
                "<style>body { background: url(http://example.org/x.png) }</style>", "style",
                "<script>alert(1)</script>", "script",
                "<iframe src=\"https://example.org\"></iframe>", "iframe");
        elements.forEach((html, element) -> {
            textFile("Texte.\n" + html + "\n");

            folder.assertLeftOut(MODULE_YAML, "steps[0].file", "line 2: HTML <" + element + "> is not allowed");
        });
    }

    @Test
    void an_html_event_attribute_is_a_mistake() {
        textFile("<span onmouseover=\"alert(1)\">Texte</span>\n");

        folder.assertLeftOut(MODULE_YAML, "steps[0].file", "onclick= or onerror= is not allowed");
    }

    // --- Markdown fields of module.yaml ---

    @Test
    void a_link_to_another_site_in_a_prompt_is_a_mistake_with_its_field() {
        folder.write(MODULE_YAML, header() + TRUE_FALSE.formatted("Voir [ici](https://example.org).", "Look up."));

        folder.assertLeftOut(MODULE_YAML, "steps[0].prompt.fr", "the link 'https://example.org' leads out of the app");
    }

    @Test
    void a_picture_from_another_site_in_a_hint_is_a_mistake() {
        folder.write(MODULE_YAML, header() + TRUE_FALSE.formatted("Le cadenas protège.",
                "![](https://example.org/pixel.gif)"));

        folder.assertLeftOut(MODULE_YAML, "steps[0].hint.en", "the picture 'https://example.org/pixel.gif'");
    }

    // --- SVG pictures ---

    @Test
    void an_svg_with_a_script_is_a_mistake() {
        pictureStep("<svg xmlns=\"http://www.w3.org/2000/svg\">\n  <script>alert(1)</script>\n</svg>\n");

        folder.assertLeftOut(MODULE_YAML, "steps[0].image", "picture.svg, line 2: the picture has a <script> element");
    }

    @Test
    void an_svg_with_an_event_attribute_is_a_mistake() {
        pictureStep("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\">\n</svg>\n");

        folder.assertLeftOut(MODULE_YAML, "steps[0].image", "line 1: the picture has an attribute like onload=");
    }

    @Test
    void an_svg_that_loads_from_another_site_or_uses_javascript_is_a_mistake() {
        pictureStep("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">\n"
                + "  <image xlink:href=\"https://example.org/photo.jpg\"/>\n"
                + "  <a href=\"javascript:alert(1)\"><rect width=\"5\" height=\"5\"/></a>\n"
                + "  <style>@import url(\"//example.org/font.css\");</style>\n</svg>\n");

        folder.assertLeftOut(MODULE_YAML, "steps[0].image", "line 2: the picture uses 'https://example.org/photo.jpg'");
        folder.assertLeftOut(MODULE_YAML, "steps[0].image", "line 3: the picture uses 'javascript:alert(1)'");
        folder.assertLeftOut(MODULE_YAML, "steps[0].image", "line 4: the picture uses '//example.org/font.css'");
    }

    // --- What stays allowed ---

    @Test
    void plain_addresses_in_words_a_local_link_and_a_clean_svg_are_fine() {
        folder.write("modules/quiz/welcome.fr.md", "L’adresse : www.mairie-bellecombe.fr. Voir [l’aide](aide) et "
                + "=[[SOMME]](B2:B5).\n");
        folder.write("modules/quiz/welcome.en.md", "The address: www.mairie-bellecombe.fr.\n");
        folder.write("modules/quiz/picture.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" "
                + "xmlns:xlink=\"http://www.w3.org/1999/xlink\">\n  <defs><path id=\"p\" d=\"M0 0\"/></defs>\n"
                + "  <use xlink:href=\"#p\"/>\n</svg>\n");
        folder.write(MODULE_YAML, header() + """
                  - id: welcome
                    type: text
                    file: welcome
                  - id: picture
                    type: image
                    image: picture.svg
                    alt: { fr: Une image., en: A picture. }
                """ + TRUE_FALSE.formatted("Le cadenas protège.", "Look up."));

        Catalogue catalogue = folder.load();

        assertThat(catalogue.problems()).isEmpty();
        assertThat(catalogue.modules()).extracting(Module::id).containsExactly("quiz");
    }

    private void textFile(String french) {
        folder.write("modules/quiz/welcome.fr.md", french);
        folder.write("modules/quiz/welcome.en.md", "Some text.\n");
        folder.write(MODULE_YAML, header() + """
                  - id: welcome
                    type: text
                    file: welcome
                """ + TRUE_FALSE.formatted("Le cadenas protège.", "Look up."));
    }

    private void pictureStep(String svg) {
        folder.write("modules/quiz/picture.svg", svg);
        folder.write(MODULE_YAML, header() + """
                  - id: picture
                    type: image
                    image: picture.svg
                    alt: { fr: Une image., en: A picture. }
                """ + TRUE_FALSE.formatted("Le cadenas protège.", "Look up."));
    }

    private static String header() {
        return """
                id: quiz
                topic: browsing
                level: 1
                competences: ["1.1"]
                minutes: 10
                title: { fr: Titre, en: Title }
                summary: { fr: Résumé, en: Summary }
                steps:
                """;
    }
}
