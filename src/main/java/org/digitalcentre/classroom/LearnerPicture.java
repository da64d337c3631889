package org.digitalcentre.classroom;

import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * The pictures a learner can choose for her tile: shapes and things anyone can name, each with its own colour
 * so that two tiles never look alike to someone who reads little.
 */
public enum LearnerPicture {
    SUN(VaadinIcon.SUN_O, "#8a4b00"),
    STAR(VaadinIcon.STAR, "#7a5c00"),
    HEART(VaadinIcon.HEART, "#b0003a"),
    MOON(VaadinIcon.MOON, "#3949ab"),
    CLOUD(VaadinIcon.CLOUD, "#00607a"),
    UMBRELLA(VaadinIcon.UMBRELLA, "#6a1b9a"),
    CAR(VaadinIcon.CAR, "#2e6b30"),
    BELL(VaadinIcon.BELL, "#8d3b00"),
    MUSIC(VaadinIcon.MUSIC, "#ad1457"),
    COFFEE(VaadinIcon.COFFEE, "#5d4037"),
    GIFT(VaadinIcon.GIFT, "#c62828"),
    KEY(VaadinIcon.KEY, "#455a64"),
    HOME(VaadinIcon.HOME, "#1565c0"),
    CAMERA(VaadinIcon.CAMERA, "#37474f"),
    BOOK(VaadinIcon.BOOK, "#4e342e"),
    PALETTE(VaadinIcon.PALETTE, "#00695c");

    private final VaadinIcon icon;
    private final String colour;

    LearnerPicture(VaadinIcon icon, String colour) {
        this.icon = icon;
        this.colour = colour;
    }

    public VaadinIcon icon() {
        return icon;
    }

    /** A dark colour: white text and icons on it pass WCAG AA contrast. */
    public String colour() {
        return colour;
    }

    /** The translation key of the picture's name, read out by screen readers. */
    public String translationKey() {
        return "picture." + name().toLowerCase();
    }
}
