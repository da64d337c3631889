package org.digitalcentre.authoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.digitalcentre.base.Role;
import org.digitalcentre.base.ui.UploadTexts;
import org.digitalcentre.content.Catalogue;
import org.digitalcentre.content.ContentCatalogue;
import org.digitalcentre.content.ContentProblem;
import org.digitalcentre.content.Module;
import org.digitalcentre.content.ModuleArchive;
import org.digitalcentre.content.ModuleUpload;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Set;

/**
 * For authors: every module with its topic, version and number of exercises, whether it is valid (or, after a
 * reload, still served in its last valid version because its files now have mistakes), every mistake with its
 * file and field, and every readability warning. "Reload" reads the files again without a restart.
 */
@Route("library")
@Menu(title = "menu.library", icon = "vaadin:book", order = 20)
@RolesAllowed({Role.Names.AUTHOR, Role.Names.ADMIN})
class ContentLibraryView extends Div implements HasDynamicTitle {

    private final ContentCatalogue catalogue;
    private final Div content = new Div();
    private final Div uploadReport = new Div();

    ContentLibraryView(ContentCatalogue catalogue, ModuleUpload moduleUpload) {
        this.catalogue = catalogue;
        addClassName("content-library");
        Button reload = new Button(getTranslation("library.reload"), VaadinIcon.REFRESH.create(), click -> {
            Catalogue read = catalogue.reload();
            Notification.show(getTranslation("library.reloaded", read.modules().size(), read.problems().size(),
                    read.warnings().size()), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(read.problems().isEmpty() ? NotificationVariant.LUMO_SUCCESS
                            : NotificationVariant.LUMO_WARNING);
            show();
        });
        reload.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Upload upload = new Upload();
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            ModuleUpload.Result result = moduleUpload.upload(metadata.fileName(), bytes);
            // One file is allowed: a file left in the list would refuse the next .zip (the fixed one) as one too many.
            upload.clearFileList();
            uploadReport.removeAll();
            if (result.accepted()) {
                Notification.show(getTranslation("library.upload.accepted", result.moduleId()), 5000,
                        Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } else {
                uploadReport.add(new Paragraph(getTranslation("library.upload.rejected")));
                uploadReport.add(problemGrid("upload-problems", result.problems()));
            }
            show();
        }));
        upload.setAcceptedFileTypes(".zip", "application/zip");
        upload.setMaxFiles(1);
        upload.setI18n(UploadTexts.of(this, "upload.kind.zip"));
        upload.setMaxFileSize(ModuleUpload.MAX_ZIP_BYTES);
        upload.addFileRejectedListener(rejected -> {
            uploadReport.removeAll();
            uploadReport.add(new Paragraph(getTranslation("library.upload.wrong-file")));
        });
        uploadReport.addClassName("upload-report");
        uploadReport.getElement().setAttribute("role", "status");
        add(new H1(getTranslation("library.title")), new Paragraph(getTranslation("library.help")), reload,
                new H2(getTranslation("library.upload.title")), new Paragraph(getTranslation("library.upload.help")),
                upload, uploadReport, content);
        show();
    }

    private void show() {
        content.removeAll();
        String language = getLocale().getLanguage();
        Catalogue current = catalogue.current();
        Set<String> kept = catalogue.keptBecauseOfMistakes();

        Grid<Module> modules = new Grid<>();
        modules.addClassName("content-modules");
        modules.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        modules.setAllRowsVisible(true);
        modules.addColumn(m -> m.title().in(language)).setHeader(getTranslation("library.module")).setFlexGrow(3);
        modules.addColumn(m -> current.topic(m.topicId()).map(t -> t.title().in(language)).orElse(m.topicId()))
                .setHeader(getTranslation("library.topic")).setFlexGrow(2);
        modules.addColumn(Module::id).setHeader(getTranslation("library.id")).setFlexGrow(2);
        modules.addColumn(m -> m.exercises().size()).setHeader(getTranslation("library.exercises"));
        modules.addColumn(Module::version).setHeader(getTranslation("library.version"));
        modules.addColumn(m -> getTranslation(kept.contains(m.id()) ? "library.status.kept" : "library.status.valid"))
                .setHeader(getTranslation("library.status")).setKey("status").setFlexGrow(2);
        modules.addComponentColumn(m -> {
            RouterLink preview = new RouterLink(getTranslation("library.preview"), ModulePreviewView.class,
                    new RouteParameters("moduleId", m.id()));
            preview.getElement().setAttribute("aria-label", getTranslation("library.preview-named",
                    m.title().in(language)));
            return preview;
        }).setHeader(getTranslation("library.preview")).setKey("preview").setAutoWidth(true);
        modules.addComponentColumn(m -> {
            Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
                byte[] zip = ModuleArchive.zip(m);
                return new DownloadResponse(new ByteArrayInputStream(zip), m.id() + ".zip", "application/zip",
                        zip.length);
            }), getTranslation("library.download"));
            download.getElement().setAttribute("download", true);
            download.getElement().setAttribute("aria-label", getTranslation("library.download-named", m.title()
                    .in(language)));
            download.addClassName("download-module");
            return download;
        }).setHeader(getTranslation("library.zip")).setKey("download").setAutoWidth(true);
        modules.setItems(current.modules());
        content.add(modules);

        content.add(new H2(getTranslation("library.problems")));
        if (current.problems().isEmpty()) {
            content.add(new Paragraph(getTranslation("library.no-problems")));
        } else {
            content.add(problemGrid("content-problems", current.problems()));
        }
        content.add(new H2(getTranslation("library.warnings")));
        if (current.warnings().isEmpty()) {
            content.add(new Paragraph(getTranslation("library.no-warnings")));
        } else {
            content.add(new Paragraph(getTranslation("library.warnings.help")));
            content.add(problemGrid("content-warnings", current.warnings()));
        }
    }

    private Grid<ContentProblem> problemGrid(String className, List<ContentProblem> items) {
        Grid<ContentProblem> grid = new Grid<>();
        grid.addClassName(className);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(ContentProblem::file).setHeader(getTranslation("library.file")).setFlexGrow(2);
        grid.addColumn(ContentProblem::field).setHeader(getTranslation("library.field")).setFlexGrow(1);
        grid.addColumn(ContentProblem::message).setHeader(getTranslation("library.message")).setFlexGrow(3);
        grid.setItems(items);
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("library.page-title");
    }
}
