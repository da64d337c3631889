package org.digitalcentre.classroom;

import com.vaadin.flow.component.icon.VaadinIcon;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * The pictures a learner can choose for her tile: shapes and things anyone can name, each with its own colour
 * so that two tiles never look alike to someone who reads little.
 */
public enum LearnerPicture {
    SUN(VaadinIcon.SUN_O, "#8a4b00", "soleil"),
    STAR(VaadinIcon.STAR, "#7a5c00", "etoile"),
    HEART(VaadinIcon.HEART, "#b0003a", "coeur"),
    MOON(VaadinIcon.MOON, "#3949ab", "lune"),
    CLOUD(VaadinIcon.CLOUD, "#00607a", "nuage"),
    UMBRELLA(VaadinIcon.UMBRELLA, "#6a1b9a", "parapluie"),
    CAR(VaadinIcon.CAR, "#2e6b30", "voiture"),
    BELL(VaadinIcon.BELL, "#8d3b00", "cloche"),
    MUSIC(VaadinIcon.MUSIC, "#ad1457", "musique"),
    COFFEE(VaadinIcon.COFFEE, "#5d4037", "cafe"),
    GIFT(VaadinIcon.GIFT, "#c62828", "cadeau"),
    KEY(VaadinIcon.KEY, "#455a64", "cle"),
    HOME(VaadinIcon.HOME, "#1565c0", "maison"),
    CAMERA(VaadinIcon.CAMERA, "#37474f", "appareil photo"),
    BOOK(VaadinIcon.BOOK, "#4e342e", "livre"),
    PALETTE(VaadinIcon.PALETTE, "#00695c", "palette");

    private final VaadinIcon icon;
    private final String colour;
    /** Without accents, for matching what a teacher typed. */
    private final String frenchName;

    LearnerPicture(VaadinIcon icon, String colour, String frenchName) {
        this.icon = icon;
        this.colour = colour;
        this.frenchName = frenchName;
    }

    public VaadinIcon icon() {
        return icon;
    }

    /** A dark colour: white text and icons on it pass WCAG AA contrast. */
    public String colour() {
        return colour;
    }

    /** A picture from its name in English or in French ("sun", "soleil"), as a teacher may write it in a file. */
    public static Optional<LearnerPicture> named(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String wanted = Normalizer.normalize(name.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        for (LearnerPicture picture : values()) {
            if (picture.name().toLowerCase(Locale.ROOT).equals(wanted) || picture.frenchName.equals(wanted)) {
                return Optional.of(picture);
            }
        }
        return Optional.empty();
    }

    /** The translation key of the picture's name, read out by screen readers. */
    public String translationKey() {
        return "picture." + name().toLowerCase();
    }
}
