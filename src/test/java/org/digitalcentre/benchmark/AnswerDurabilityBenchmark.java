package org.digitalcentre.benchmark;

import org.digitalcentre.People;
import org.digitalcentre.classroom.ClassroomService;
import org.digitalcentre.content.ContentCatalogue;
import org.digitalcentre.content.Exercise;
import org.digitalcentre.content.Module;
import org.digitalcentre.learning.Answer;
import org.digitalcentre.learning.LearningService;
import org.digitalcentre.security.StaffAccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What making answers durable costs (docs/decisions/0009): the time of one {@link LearningService#answer} on an H2
 * file database with H2's default write delay (500 ms: the commit returns before the file is written), with
 * WRITE_DELAY=0 (what the app uses: the commit writes the file before it returns), and with WRITE_DELAY=0 plus
 * {@code CHECKPOINT SYNC} after each answer (an fsync: survives a power cut too). Not part of the test suite (the
 * name does not end in Test); run it with
 *
 * <pre>mvn test -Dtest=AnswerDurabilityBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * It writes docs/benchmarks/answer-durability.md. The database is a fresh H2 file under target/durability-benchmark.
 */
@SpringBootTest
@ActiveProfiles("test")
class AnswerDurabilityBenchmark {

    static final Path FOLDER = Path.of("target", "durability-benchmark");
    static final Path RESULTS = Path.of("docs", "benchmarks", "answer-durability.md");
    static final int WARM_UP = 100;
    static final int RUNS = 500;
    static final int ROUNDS = 10;

    @Autowired
    LearningService learning;
    @Autowired
    ContentCatalogue catalogue;
    @Autowired
    ClassroomService classroom;
    @Autowired
    StaffAccountService staff;
    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void aFreshFileDatabase(DynamicPropertyRegistry registry) throws IOException {
        FileSystemUtils.deleteRecursively(FOLDER);
        Files.createDirectories(FOLDER);
        // No WRITE_DELAY in the address: each mode below sets it.
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:./" + FOLDER.toString().replace('\\', '/')
                + "/digital-centre");
    }

    @Test
    void time_one_answer_with_and_without_the_write_delay() throws IOException {
        Module module = catalogue.module("test-browsing").orElseThrow();
        Exercise exercise = module.exercise("where-to-type").orElseThrow();
        long[] learners = new People(staff, classroom).createCohort("Benchmark", List.of(), "Amina", "Fatou",
                "Leila").learnerIds();
        List<Mode> modes = List.of(
                new Mode("H2's default (WRITE_DELAY 500 ms)", "SET WRITE_DELAY 500", false, learners[0]),
                new Mode("WRITE_DELAY=0 (the app's setting)", "SET WRITE_DELAY 0", false, learners[1]),
                new Mode("WRITE_DELAY=0 and CHECKPOINT SYNC (fsync) after each answer", "SET WRITE_DELAY 0", true,
                        learners[2]));
        // Rounds taken in turn, so that warming up and the machine's other work weigh on every mode alike.
        for (Mode mode : modes) {
            mode.run(WARM_UP, module, exercise, false);
        }
        for (int round = 0; round < ROUNDS; round++) {
            for (Mode mode : modes) {
                mode.run(RUNS / ROUNDS, module, exercise, true);
            }
        }
        write(modes.stream().map(Mode::row).toList());
        assertThat(jdbc.queryForObject("select count(*) from attempt", Long.class))
                .isEqualTo(3L * (WARM_UP + RUNS));
    }

    /** One way of committing: its setting, and the times of its answers and of bare commits. */
    private final class Mode {
        final String name;
        final String setting;
        final boolean fsync;
        final long learner;
        final List<Long> answers = new ArrayList<>();
        final List<Long> bareCommits = new ArrayList<>();
        private int count;

        Mode(String name, String setting, boolean fsync, long learner) {
            this.name = name;
            this.setting = setting;
            this.fsync = fsync;
            this.learner = learner;
        }

        void run(int times, Module module, Exercise exercise, boolean keep) {
            jdbc.execute(setting);
            Answer[] given = {new Answer.Choices(Set.of("page")), new Answer.Choices(Set.of("address-bar"))};
            for (int i = 0; i < times; i++) {
                long start = System.nanoTime();
                learning.answer(learner, module, exercise, given[count++ % 2], "fr", Instant.now(), false,
                        LearningService.newCheckId());
                if (fsync) {
                    jdbc.execute("CHECKPOINT SYNC");
                }
                long answered = System.nanoTime();
                // The same commit without the app around it: one changed row, committed (auto-commit).
                jdbc.update("update learner set failed_code_entries = 0 where id = ?", learner);
                if (fsync) {
                    jdbc.execute("CHECKPOINT SYNC");
                }
                long committed = System.nanoTime();
                if (keep) {
                    answers.add(answered - start);
                    bareCommits.add(committed - answered);
                }
            }
        }

        Row row() {
            return new Row(name, percentile(answers, 0.5), percentile(answers, 0.95), mean(answers),
                    percentile(bareCommits, 0.5), percentile(bareCommits, 0.95));
        }
    }

    private static double percentile(List<Long> nanos, double p) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return sorted[Math.min(sorted.length - 1, (int) (sorted.length * p))] / 1e6;
    }

    private static double mean(List<Long> nanos) {
        return nanos.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6;
    }

    private record Row(String mode, double medianMs, double p95Ms, double meanMs, double bareMedianMs,
                       double bareP95Ms) {
    }

    private static void write(List<Row> rows) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# What durable answers cost\n\n");
        md.append("Generated by `AnswerDurabilityBenchmark` (src/test/java/org/digitalcentre/benchmark/) on ")
                .append(LocalDate.now()).append(", ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores shared with other work:\n\n```\n")
                .append("mvn test -Dtest=AnswerDurabilityBenchmark -Dsurefire.failIfNoSpecifiedTests=false\n```\n\n");
        md.append("Time of one `LearningService.answer` (grade, store the attempt, commit) on an H2 2.4.240 file, one "
                + "learner after another, ").append(RUNS).append(" answers in each mode after ").append(WARM_UP)
                .append(" to warm up, the modes taking turns in ").append(ROUNDS).append(" rounds; next to it, "
                        + "one bare auto-committed UPDATE of one row:\n\n");
        md.append("| Mode | answer(): median (ms) | 95th percentile (ms) | mean (ms) | "
                        + "A bare one-row commit: median (ms) | 95th percentile (ms) |\n")
                .append("|---|---|---|---|---|---|\n");
        for (Row row : rows) {
            md.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %.2f | %.2f |%n", row.mode(),
                    row.medianMs(), row.p95Ms(), row.meanMs(), row.bareMedianMs(), row.bareP95Ms()));
        }
        md.append("\nWith H2's default the commit returns before the file is written (a background thread writes "
                + "every ~500 ms): a killed process loses what was confirmed in that time. With WRITE_DELAY=0 every "
                + "commit writes its changes to the file (to the operating system) before it returns: a killed "
                + "process loses nothing (see crash-test.md). Only an fsync (CHECKPOINT SYNC) also survives a "
                + "power cut or a crash of the operating system.\n");
        Files.writeString(RESULTS, md.toString(), StandardCharsets.UTF_8);
    }
}
