package org.digitalcentre.programme.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import org.digitalcentre.base.SignedIn;
import org.digitalcentre.programme.FollowUpDue;
import org.digitalcentre.programme.OutcomeService;

import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * On the teacher's home: the follow-ups due in her cohorts, oldest first, each a link to the learner's page. Hidden
 * when none is due.
 */
public class FollowUpReminders extends Section {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public FollowUpReminders(OutcomeService outcomes, SignedIn staff) {
        addClassName("follow-up-reminders");
        List<FollowUpDue> due = outcomes.followUpsDue(staff);
        setVisible(!due.isEmpty());
        if (due.isEmpty()) {
            return;
        }
        UnorderedList list = new UnorderedList();
        for (FollowUpDue followUp : due) {
            Anchor open = new Anchor("learner/" + followUp.learnerId(), getTranslation("follow-up.reminder",
                    followUp.shortName(), followUp.cohortName(), followUp.months(), DAY.format(followUp.dueSince())));
            open.getElement().setAttribute("router-link", true);
            open.addClassName("big-link");
            list.add(new ListItem(open));
        }
        add(new H2(getTranslation("follow-up.reminders.title", due.size())), list);
    }
}
