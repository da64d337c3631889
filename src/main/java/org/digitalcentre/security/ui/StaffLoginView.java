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
import org.digitalcentre.base.ui.QuickExit;
import org.digitalcentre.security.SecurityConfig;
import org.digitalcentre.security.StaffAccountService;

/** Teachers, authors and administrators sign in here with a user name and a password. */
@Route(value = SecurityConfig.LOGIN_ROUTE, autoLayout = false)
@AnonymousAllowed
public class StaffLoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final StaffAccountService staff;

    StaffLoginView(StaffAccountService staff) {
        this.staff = staff;
        addClassName("sign-in-page");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n("login.error.message"));
        Anchor learners = new Anchor("", getTranslation("login.learner-link"));
        learners.addComponentAsFirst(VaadinIcon.ARROW_LEFT.create());
        learners.addClassName("staff-link");
        add(new QuickExit());
        add(new LanguagePicker(), form, learners);
    }

    private LoginI18n i18n(String messageKey) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation(messageKey));
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
        var parameters = event.getLocation().getQueryParameters().getParameters();
        // The form's failure handler sends her back here saying why; a locked account or a refused address is
        // said in words (the generic message never tells an unknown user name from a wrong password).
        if (parameters.containsKey(SecurityConfig.LOCKED)) {
            form.setI18n(i18n("login.error.locked"));
            form.setError(true);
        } else if (parameters.containsKey(SecurityConfig.WAIT)) {
            form.setI18n(i18n("login.error.wait"));
            form.setError(true);
        } else {
            form.setError(parameters.containsKey("error"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.page-title");
    }
}
