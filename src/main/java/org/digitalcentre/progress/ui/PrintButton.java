package org.digitalcentre.progress.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.component.icon.VaadinIcon;

/** The report's own controls: print it (or save it as PDF from the print dialog), or go back. Not printed. */
final class PrintButton {

    private PrintButton() {
    }

    static Div withBackTo(RouterLink back) {
        Button print = new Button(back.getTranslation("report.print"), VaadinIcon.PRINT.create(),
                click -> click.getSource().getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        back.addClassName("big-link");
        Div controls = new Div(print, back);
        controls.addClassNames("toolbar", "no-print");
        return controls;
    }
}
