package org.digitalcentre.content;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ContentCheckTest {

    @Test
    void content_with_a_mistake_exits_with_1_and_names_the_file_and_field() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int status = ContentCheck.check(Path.of("src/test/resources/content-fixtures/ui"),
                new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(1);
        String report = out.toString(StandardCharsets.UTF_8);
        assertThat(report).contains("MISTAKE  modules/broken-module/module.yaml [title.en]")
                .contains("2 modules valid, 1 mistakes, 0 warnings.");
    }

    @Test
    void the_real_content_has_no_mistake() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int status = ContentCheck.check(Path.of("content"), new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(status).as(out.toString(StandardCharsets.UTF_8)).isZero();
    }
}
