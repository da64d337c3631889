package org.digitalcentre.learning.ui;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The blanks of a fill-in exercise were borderless grey boxes: the theme gives them a border with at least 3:1
 * contrast on their white background (WCAG 1.4.11, non-text contrast), a width from the expected word and a focus
 * ring of at least 3:1 too.
 */
class BlankBoxThemeTest {

    private static final Path THEME = Path.of("frontend/themes/digitalcentre/styles.css");

    @Test
    void a_blank_is_a_white_box_with_a_visible_border_a_width_for_its_word_and_a_clear_focus_ring() throws IOException {
        String css = Files.readString(THEME);

        String box = rule(css, ".blank::part(input-field)");
        assertThat(box).contains("background: #ffffff");
        assertThat(contrastWithWhite(colour(box, "border"))).isGreaterThanOrEqualTo(3.0);
        assertThat(rule(css, ".blank")).contains("var(--blank-length");
        String focused = rule(css, ".blank[focused]::part(input-field)");
        assertThat(contrastWithWhite(colour(focused, "border-color"))).isGreaterThanOrEqualTo(3.0);
        assertThat(focused).contains("box-shadow");
    }

    /** The declarations of the last rule with exactly this selector. */
    private static String rule(String css, String selector) {
        Matcher rule = Pattern.compile("(?m)^" + Pattern.quote(selector) + "\\s*\\{([^}]*)}").matcher(css);
        String found = null;
        while (rule.find()) {
            found = rule.group(1);
        }
        assertThat(found).as("a rule for " + selector + " in " + THEME).isNotNull();
        return found;
    }

    private static String colour(String declarations, String property) {
        Matcher colour = Pattern.compile("(?:^|;)\\s*" + Pattern.quote(property) + ":[^;]*?#([0-9a-fA-F]{6})")
                .matcher(declarations);
        assertThat(colour.find()).as(property + " with a colour in: " + declarations).isTrue();
        return colour.group(1);
    }

    private static double contrastWithWhite(String hex) {
        double luminance = 0.2126 * channel(hex, 0) + 0.7152 * channel(hex, 2) + 0.0722 * channel(hex, 4);
        return 1.05 / (luminance + 0.05);
    }

    private static double channel(String hex, int at) {
        double c = Integer.parseInt(hex.substring(at, at + 2), 16) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
