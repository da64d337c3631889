package org.digitalcentre.authoring.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.upload.Upload;
import org.digitalcentre.KaribuTest;
import org.digitalcentre.base.Role;
import org.digitalcentre.content.ContentCatalogue;
import org.digitalcentre.content.ContentProblem;
import org.digitalcentre.content.Module;
import org.digitalcentre.content.ModuleUpload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.digitalcentre.Pages.open;

/** Uploads write into the content folder, so this test works on its own copy of the fixtures. */
class ModuleUploadViewTest extends KaribuTest {

    private static final Path CONTENT = copyOfTheFixtures();

    @Autowired
    ContentCatalogue catalogue;

    @DynamicPropertySource
    static void itsOwnContentFolder(DynamicPropertyRegistry registry) {
        registry.add("digitalcentre.content.folder", CONTENT::toString);
    }

    @Test
    void an_accepted_zip_adds_the_module_and_a_rejected_one_says_why() throws IOException {
        openStaffAccount("alex", Role.AUTHOR);
        signInAsStaff("alex");
        open("library");
        String yaml = Files.readString(CONTENT.resolve("modules/test-safety/module.yaml"), StandardCharsets.UTF_8)
                .replace("test-safety", "shared-module");
        assertThat(_get(Upload.class).getI18n().getError().getIncorrectFileType()).isEqualTo("It must be a .zip file.");

        _upload(_get(Upload.class), "shared-module.zip", "application/zip", zip(yaml.replace("en: \"The password\"",
                "de: \"Das Passwort\"")));

        @SuppressWarnings("unchecked")
        Grid<ContentProblem> problems = _get(Grid.class, spec -> spec.withClasses("upload-problems"));
        assertThat(_getFormattedRow(problems, 0).get(0)).isEqualTo("modules/shared-module/module.yaml");
        assertThat(catalogue.module("shared-module")).isEmpty();

        _upload(_get(Upload.class), "shared-module.zip", "application/zip", zip(yaml));

        expectNotifications("Module “shared-module” added. Learners can take it.");
        @SuppressWarnings("unchecked")
        Grid<Module> modules = _get(Grid.class, spec -> spec.withClasses("content-modules"));
        assertThat(_size(modules)).isEqualTo(3);
        assertThat(catalogue.module("shared-module")).isPresent();
    }

    @Test
    void a_bad_zip_a_path_outside_the_folder_and_a_file_too_large_are_refused_with_their_reason() throws IOException {
        openStaffAccount("alex", Role.AUTHOR);
        signInAsStaff("alex");
        open("library");
        String yaml = Files.readString(CONTENT.resolve("modules/test-safety/module.yaml"), StandardCharsets.UTF_8)
                .replace("test-safety", "shared-module");

        _upload(_get(Upload.class), "notes.zip", "application/zip", "not a zip".getBytes(StandardCharsets.UTF_8));
        assertRefusedBecause("this is not a .zip file");

        ByteArrayOutputStream escaping = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(escaping)) {
            add(zip, "shared-module/module.yaml", yaml);
            add(zip, "shared-module/../../escape.md", "## Dehors\n");
        }
        _upload(_get(Upload.class), "shared-module.zip", "application/zip", escaping.toByteArray());
        assertRefusedBecause("points outside the module's folder");

        _upload(_get(Upload.class), "big.zip", "application/zip", new byte[ModuleUpload.MAX_ZIP_BYTES + 1]);
        assertRefusedBecause("larger than 20 MB");

        assertThat(catalogue.module("shared-module")).isEmpty();
        assertThat(CONTENT.resolve("modules/shared-module")).doesNotExist();
        assertThat(CONTENT.getParent().resolve("escape.md")).doesNotExist();
    }

    private static void assertRefusedBecause(String reason) {
        @SuppressWarnings("unchecked")
        Grid<ContentProblem> problems = _get(Grid.class, spec -> spec.withClasses("upload-problems"));
        assertThat(_size(problems)).isEqualTo(1);
        assertThat(_getFormattedRow(problems, 0)).anySatisfy(cell -> assertThat(cell).contains(reason));
    }

    private static byte[] zip(String moduleYaml) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            add(zip, "shared-module/module.yaml", moduleYaml);
            add(zip, "shared-module/intro.fr.md", "## Bonjour\n");
            add(zip, "shared-module/intro.en.md", "## Hello\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void add(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static Path copyOfTheFixtures() {
        try {
            Path folder = Files.createTempDirectory("upload-content");
            FileSystemUtils.copyRecursively(Path.of("src/test/resources/content-fixtures/ui"), folder);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
