package org.digitalcentre.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.digitalcentre.base.ui.LanguagePicker;
import org.digitalcentre.security.StaffAccountService;

/** Teachers, authors and administrators sign in here with a user name and a password. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class StaffLoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final StaffAccountService staff;

    StaffLoginView(StaffAccountService staff) {
        this.staff = staff;
        addClassName("sign-in-page");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n());
        Anchor learners = new Anchor("", getTranslation("login.learner-link"));
        learners.addComponentAsFirst(VaadinIcon.ARROW_LEFT.create());
        learners.addClassName("staff-link");
        add(new org.digitalcentre.base.ui.QuickExit());
        add(new LanguagePicker(), form, learners);
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        i18n.setHeader(null);
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (staff.noStaffYet()) {
            event.forwardTo(FirstAdministratorView.class);
            return;
        }
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.page-title");
    }
}
