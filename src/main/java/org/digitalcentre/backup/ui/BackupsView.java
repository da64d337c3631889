package org.digitalcentre.backup.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.digitalcentre.backup.Backup;
import org.digitalcentre.backup.Backup.Reason;
import org.digitalcentre.backup.BackupService;
import org.digitalcentre.backup.BackupService.Support;
import org.digitalcentre.base.Role;

import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/**
 * Administrators' backups page: when the next backup is made and where, the last backups (time, why, size) each to
 * download, and "Make a backup now", which runs while learners go on working. On PostgreSQL the page says that
 * backups are the database administrator's job (pg_dump) and makes none.
 */
@Route("backups")
@Menu(title = "menu.backups", icon = "vaadin:archive", order = 92)
@RolesAllowed(Role.Names.ADMIN)
class BackupsView extends Div implements HasDynamicTitle {

    private final BackupService backups;
    private final Grid<Backup> grid = new Grid<>();
    private final Paragraph none = new Paragraph();
    private final Button makeNow = new Button();
    private final ProgressBar working = new ProgressBar();
    private final Span status = new Span();

    BackupsView(BackupService backups) {
        this.backups = backups;
        addClassName("backups");
        add(new H1(getTranslation("backups.title")));
        Support support = backups.support();
        if (support == Support.DATABASE_ADMINISTRATOR) {
            Paragraph administrator = new Paragraph(getTranslation("backups.postgresql"));
            administrator.addClassName("backups-by-administrator");
            add(administrator);
            return;
        }
        if (support == Support.IN_MEMORY) {
            add(new Paragraph(getTranslation("backups.in-memory")));
            return;
        }
        add(new Paragraph(getTranslation("backups.intro", backups.properties().time().toString(),
                backups.properties().keep())),
                new Paragraph(getTranslation("backups.folder", backups.folder().toString())));

        makeNow.setText(getTranslation("backups.make-now"));
        makeNow.setIcon(VaadinIcon.DOWNLOAD_ALT.create());
        makeNow.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        makeNow.addClassName("make-backup");
        makeNow.addClickListener(click -> makeNow());
        working.setIndeterminate(true);
        working.setVisible(false);
        working.getElement().setAttribute("aria-label", getTranslation("backups.working"));
        status.addClassName("backup-status");
        status.getElement().setAttribute("role", "status");
        Div actions = new Div(makeNow, status);
        actions.addClassName("toolbar");

        grid.addClassName("backup-list");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(this::when).setHeader(getTranslation("backups.when")).setKey("when").setFlexGrow(2);
        grid.addColumn(backup -> getTranslation("backups.reason." + backup.reason().name()))
                .setHeader(getTranslation("backups.reason")).setKey("reason").setFlexGrow(2);
        grid.addColumn(backup -> size(backup.size())).setHeader(getTranslation("backups.size")).setKey("size");
        grid.addComponentColumn(this::download).setHeader(getTranslation("backups.download")).setKey("download")
                .setAutoWidth(true);
        none.setText(getTranslation("backups.none"));
        add(actions, working, grid, none);
        refresh();
    }

    private void makeNow() {
        UI ui = UI.getCurrent();
        makeNow.setEnabled(false);
        working.setVisible(true);
        status.setText(getTranslation("backups.working"));
        backups.makeInBackground(Reason.MANUAL).whenComplete((made, failure) -> ui.access(() -> {
            makeNow.setEnabled(true);
            working.setVisible(false);
            status.setText("");
            if (failure == null) {
                Notification.show(getTranslation("backups.made", when(made), size(made.size())), 5000,
                        Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } else {
                Notification.show(getTranslation("backups.failed", backups.folder().toString()), 10000,
                        Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
            refresh();
        }));
    }

    private Anchor download(Backup backup) {
        Anchor download = new Anchor(DownloadHandler.forFile(backup.file().toFile(), backup.fileName()),
                getTranslation("backups.download"));
        download.getElement().setAttribute("download", true);
        download.getElement().setAttribute("aria-label", getTranslation("backups.download-named", when(backup)));
        download.addClassName("download-backup");
        return download;
    }

    private void refresh() {
        List<Backup> list = backups.backups();
        grid.setItems(list);
        grid.setVisible(!list.isEmpty());
        none.setVisible(list.isEmpty());
    }

    private String when(Backup backup) {
        return getTranslation("backups.at",
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale()).format(backup.madeAt()),
                DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(getLocale()).format(backup.madeAt()));
    }

    /** "2,3 Mo" in French, "2.3 MB" in English. */
    private String size(long bytes) {
        NumberFormat number = NumberFormat.getNumberInstance(getLocale());
        number.setMaximumFractionDigits(1);
        String[] units = {"bytes", "kilobytes", "megabytes", "gigabytes"};
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        // Bytes are counted ("1 octet", "12 octets"): the number itself goes to the message, which picks the word.
        return getTranslation("backups.size." + units[unit], unit == 0 ? (Object) bytes : number.format(value));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("backups.title");
    }
}
