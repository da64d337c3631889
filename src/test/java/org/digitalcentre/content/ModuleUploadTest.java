package org.digitalcentre.content;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** A module uploaded as a .zip is accepted whole or rejected with a report, and a rejected one writes nothing. */
class ModuleUploadTest {

    @TempDir
    Path folder;

    private ContentCatalogue catalogue;
    private ModuleUpload upload;
    private Map<String, byte[]> module;

    @BeforeEach
    void theFixtureContentAndACopyOfOneModule() throws IOException {
        FileSystemUtils.copyRecursively(Path.of("src/test/resources/content-fixtures/ui"), folder);
        FileSystemUtils.deleteRecursively(folder.resolve("modules/broken-module"));
        catalogue = new ContentCatalogue(new ContentProperties(folder));
        upload = new ModuleUpload(catalogue, new ContentProperties(folder));
        module = new LinkedHashMap<>();
        Path source = Path.of("src/test/resources/content-fixtures/ui/modules/test-safety");
        try (var files = Files.list(source)) {
            for (Path file : files.toList()) {
                String content = Files.readString(file, StandardCharsets.UTF_8).replace("test-safety", "uploaded-one");
                module.put("uploaded-one/" + file.getFileName(), content.getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void a_valid_module_is_put_in_place_and_learners_can_take_it_without_a_restart() {
        ModuleUpload.Result result = upload.upload("uploaded-one.zip", zip(module));

        assertThat(result.problems()).isEmpty();
        assertThat(result.moduleId()).isEqualTo("uploaded-one");
        assertThat(catalogue.module("uploaded-one")).isPresent();
        assertThat(folder.resolve("modules/uploaded-one/module.yaml")).exists();
    }

    @Test
    void a_zip_made_on_a_mac_is_accepted_without_what_the_mac_added() {
        module.put("__MACOSX/uploaded-one/._module.yaml", new byte[] {0, 5, 22, 7});
        module.put("uploaded-one/.DS_Store", new byte[] {0, 0, 0, 1});

        ModuleUpload.Result result = upload.upload("uploaded-one.zip", zip(module));

        assertThat(result.problems()).isEmpty();
        assertThat(catalogue.module("uploaded-one")).isPresent();
        assertThat(folder.resolve("modules/uploaded-one/.DS_Store")).doesNotExist();
    }

    @Test
    void a_file_that_is_not_a_zip_is_rejected() {
        ModuleUpload.Result result = upload.upload("notes.zip", "hello".getBytes(StandardCharsets.UTF_8));

        assertThat(result.accepted()).isFalse();
        assertThat(result.problems().get(0).message()).contains("not a .zip");
        assertNothingWritten();
    }

    @Test
    void a_path_outside_the_modules_folder_is_rejected_and_nothing_is_written() {
        module.put("../escape.md", "## Dehors".getBytes(StandardCharsets.UTF_8));

        ModuleUpload.Result result = upload.upload("evil.zip", zip(module));

        assertThat(result.problems().get(0).message()).contains("points outside the module's folder");
        assertNothingWritten();
        assertThat(folder.getParent().resolve("escape.md")).doesNotExist();
    }

    @Test
    void a_file_type_that_is_not_allowed_is_rejected() {
        module.put("uploaded-one/script.js", "alert(1)".getBytes(StandardCharsets.UTF_8));

        ModuleUpload.Result result = upload.upload("with-script.zip", zip(module));

        assertThat(result.problems().get(0).message()).contains("'uploaded-one/script.js' is not allowed");
        assertNothingWritten();
    }

    @Test
    void a_zip_that_is_too_large_is_rejected() {
        ModuleUpload.Result result = upload.upload("big.zip", new byte[ModuleUpload.MAX_ZIP_BYTES + 1]);

        assertThat(result.problems().get(0).message()).contains("larger than 20 MB");
        assertNothingWritten();
    }

    @Test
    void invalid_content_is_rejected_with_the_file_and_field_and_nothing_is_written() {
        String yaml = new String(module.get("uploaded-one/module.yaml"), StandardCharsets.UTF_8);
        module.put("uploaded-one/module.yaml", yaml.replace("en: \"The password\"", "de: \"Das Passwort\"")
                .getBytes(StandardCharsets.UTF_8));

        ModuleUpload.Result result = upload.upload("uploaded-one.zip", zip(module));

        assertThat(result.accepted()).isFalse();
        assertThat(result.problems()).anySatisfy(problem -> {
            assertThat(problem.file()).isEqualTo("modules/uploaded-one/module.yaml");
            assertThat(problem.field()).startsWith("title");
        });
        assertNothingWritten();
    }

    private void assertNothingWritten() {
        assertThat(folder.resolve("modules/uploaded-one")).doesNotExist();
        assertThat(catalogue.module("uploaded-one")).isEmpty();
    }

    private static byte[] zip(Map<String, byte[]> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }
}
