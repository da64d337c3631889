package org.digitalcentre.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.VaadinService;
import org.digitalcentre.base.QuickExitProperties;

/**
 * "Quick exit", as on shelters' websites: a large button on every screen (and Escape pressed three times) that at
 * once replaces the page with a neutral one, leaves nothing of hers in the Back history and signs her out. The
 * browser does it first ({@code frontend/components/dc-quick-exit.js}), so it is instant even on a slow network; the
 * sign-out follows at {@link IdleGuard#LEAVE}. Add it with one line: {@code add(new QuickExit());}.
 */
@Tag("dc-quick-exit")
@JavaScript("context://components/dc-quick-exit.js")
public class QuickExit extends Component {

    public QuickExit() {
        this(addressFromSettings());
    }

    QuickExit(String address) {
        addClassName("quick-exit");
        getElement().setAttribute("address", address);
        getElement().setAttribute("leave", IdleGuard.LEAVE);
        Button button = new Button(getTranslation("quick-exit.button"), VaadinIcon.EXIT.create());
        button.addThemeVariants(ButtonVariant.LUMO_LARGE, ButtonVariant.LUMO_CONTRAST);
        button.addClassName("quick-exit-button");
        button.getElement().setAttribute("title", getTranslation("quick-exit.help"));
        getElement().appendChild(button.getElement());
    }

    private static String addressFromSettings() {
        VaadinService service = VaadinService.getCurrent();
        QuickExitProperties settings = service == null ? null
                : service.getInstantiator().getOrCreate(QuickExitProperties.class);
        return settings == null || settings.address() == null || settings.address().isBlank()
                ? QuickExitProperties.DEFAULT_ADDRESS : settings.address();
    }
}
