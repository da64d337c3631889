package org.digitalcentre.benchmark;

import org.digitalcentre.base.Role;
import org.digitalcentre.base.SignedIn;
import org.digitalcentre.progress.CohortProgressService;
import org.digitalcentre.security.NewStaffAccount;
import org.digitalcentre.security.StaffAccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * How fast the teachers' screens are on a network-sized database: 40,000 learners in 3,000 cohorts, 100 exercises
 * (10 generated modules of 10), 4 million attempts. For each screen it times the service call that builds the
 * screen's data, next to a bare SQL query over the same rows, and writes the figures to
 * docs/benchmarks/teacher-screens.md. Not part of the test suite (the name does not end in Test); run it with
 *
 * <pre>mvn test -Dtest=TeacherScreensBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * The database is an H2 file under target/benchmark, generated on the first run and reused after.
 */
@SpringBootTest
@ActiveProfiles("test")
class TeacherScreensBenchmark {

    static final int LEARNERS = 40_000;
    static final int COHORTS = 3_000;
    static final int MODULES = 10;
    static final int EXERCISES_PER_MODULE = 10;
    static final int ATTEMPTS_PER_LEARNER = MODULES * EXERCISES_PER_MODULE;
    static final Path FOLDER = Path.of("target", "benchmark");
    static final Path RESULTS = Path.of("docs", "benchmarks", "teacher-screens.md");
    static final int WARM_UP = 50;
    static final int RUNS = 100;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CohortProgressService progress;
    @Autowired
    StaffAccountService staff;

    @DynamicPropertySource
    static void aFileDatabaseAndGeneratedContent(DynamicPropertyRegistry registry) {
        writeContent(FOLDER.resolve("content"));
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:./" + FOLDER.resolve("db").toString().replace('\\', '/')
                + "/digital-centre;CACHE_SIZE=262144");
        registry.add("digitalcentre.content.folder", () -> FOLDER.resolve("content").toString());
    }

    @Test
    void time_the_teachers_screens_next_to_bare_sql() throws IOException {
        long generationMs = generateIfMissing();
        SignedIn admin = (SignedIn) staff.loadUserByUsername("bench-admin");
        Random random = new Random(7);
        long[] cohorts = random.ints(RUNS + WARM_UP, 1, COHORTS + 1).asLongStream().toArray();
        Map<Boolean, String> yesNo = Map.of(true, "true", false, "false");

        List<Row> rows = new ArrayList<>();
        rows.add(measure("Group dashboard (learners × modules)", cohorts,
                cohort -> () -> progress.grid(admin, cohort),
                cohort -> () -> {
                    List<Long> ids = learnerIds(cohort);
                    String in = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
                    jdbc.queryForList("select learner_id, module_id, exercise_id, correct, score from attempt "
                            + "where first_try = true and learner_id in (" + in + ")");
                    return jdbc.queryForList("select learner_id, module_id, seconds_spent from module_progress "
                            + "where learner_id in (" + in + ")");
                }));
        rows.add(measure("Difficult exercises", cohorts,
                cohort -> () -> progress.difficultExercises(admin, cohort, "fr", yesNo),
                cohort -> () -> {
                    String in = learnerIds(cohort).stream().map(String::valueOf).collect(Collectors.joining(","));
                    jdbc.queryForList("select module_id, exercise_id, count(*), sum(case when correct then 1 else 0 end) "
                            + "from attempt where first_try = true and learner_id in (" + in + ") "
                            + "group by module_id, exercise_id");
                    return jdbc.queryForList("select module_id, exercise_id, answer, count(*) from attempt "
                            + "where correct = false and learner_id in (" + in + ") "
                            + "group by module_id, exercise_id, answer order by count(*) desc");
                }));
        long[] learners = Arrays.stream(cohorts).map(c -> learnerIds(c).get(0)).toArray();
        rows.add(measure("One learner's page", learners,
                learner -> () -> progress.learnerOverview(admin, learner, "fr", yesNo),
                learner -> () -> {
                    jdbc.queryForList("select * from attempt where learner_id = ? order by ended_at desc", learner);
                    return jdbc.queryForList("select * from module_progress where learner_id = ?", learner);
                }));
        write(rows, generationMs);
    }

    private List<Long> learnerIds(long cohort) {
        return jdbc.queryForList("select id from learner where cohort_id = ? order by id", Long.class, cohort);
    }

    private Row measure(String screen, long[] keys, java.util.function.LongFunction<Supplier<?>> service,
                        java.util.function.LongFunction<Supplier<?>> bare) {
        for (int i = 0; i < WARM_UP; i++) {
            service.apply(keys[i]).get();
            bare.apply(keys[i]).get();
        }
        long[] serviceNs = new long[RUNS];
        long[] bareNs = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long key = keys[WARM_UP + i];
            long start = System.nanoTime();
            service.apply(key).get();
            serviceNs[i] = System.nanoTime() - start;
            start = System.nanoTime();
            bare.apply(key).get();
            bareNs[i] = System.nanoTime() - start;
        }
        return new Row(screen, median(serviceNs), percentile95(serviceNs), median(bareNs));
    }

    private static double median(long[] ns) {
        long[] sorted = ns.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }

    private static double percentile95(long[] ns) {
        long[] sorted = ns.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1e6;
    }

    private void write(List<Row> rows, long generationMs) throws IOException {
        StringBuilder out = new StringBuilder();
        out.append("# Teachers' screens on a network-sized database\n\n");
        out.append("Written by `mvn test -Dtest=TeacherScreensBenchmark -Dsurefire.failIfNoSpecifiedTests=false` on ")
                .append(LocalDate.now(ZoneId.systemDefault())).append(" (")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
                .append(System.getProperty("java.version")).append(", H2 file database).\n\n");
        out.append(String.format(Locale.ROOT, "Data: %,d learners in %,d cohorts, %d exercises in %d modules, "
                + "%,d attempts%s.%n%n", count("learner"), count("cohort"), MODULES * EXERCISES_PER_MODULE, MODULES,
                count("attempt"), generationMs > 0 ? String.format(Locale.ROOT, " (generated in %.0f s)",
                        generationMs / 1000.0) : " (generated by an earlier run)"));
        out.append("Each figure is over ").append(RUNS).append(" random cohorts (or one learner of each), after ")
                .append(WARM_UP).append(" warm-up calls. \"Screen\" is the service call that builds the screen's data "
                        + "(what the view shows, from aggregate queries); \"bare SQL\" is the same rows read with "
                        + "plain JDBC and no work on them.\n\n");
        out.append("| Screen | median (ms) | 95th percentile (ms) | bare SQL median (ms) | screen ÷ bare | "
                + "under 500 ms | within 2× |\n|---|---|---|---|---|---|---|\n");
        for (Row row : rows) {
            double ratio = row.bareMedian() == 0 ? 0 : row.median() / row.bareMedian();
            out.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.1f | %s | %s |%n", row.screen(),
                    row.median(), row.p95(), row.bareMedian(), ratio, row.p95() < 500 ? "yes" : "no",
                    ratio <= 2 ? "yes" : "no"));
        }
        Files.createDirectories(RESULTS.getParent());
        Files.writeString(RESULTS, out.toString());
        System.out.println(out);
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    /** Fills the database once; later runs reuse it. Returns how long it took, or 0 when it was already there. */
    private long generateIfMissing() {
        if (count("attempt") >= (long) LEARNERS * ATTEMPTS_PER_LEARNER) {
            return 0;
        }
        long start = System.currentTimeMillis();
        staff.open(new NewStaffAccount("bench-admin", "Benchmark", "benchmark-password", Role.ADMIN));
        String codeHash = new BCryptPasswordEncoder(4).encode("1234");
        jdbc.update("insert into centre (name) values ('Benchmark centre')");
        long centre = jdbc.queryForObject("select max(id) from centre", Long.class);
        List<Object[]> cohorts = new ArrayList<>();
        for (int c = 1; c <= COHORTS; c++) {
            cohorts.add(new Object[] {centre, "Cohort " + c, LocalDate.of(2026, 9, 7)});
        }
        jdbc.batchUpdate("insert into cohort (centre_id, name, start_date, weeks, archived) values (?, ?, ?, 12, false)",
                cohorts);
        long firstCohort = jdbc.queryForObject("select min(id) from cohort", Long.class);
        List<Object[]> learners = new ArrayList<>();
        for (int l = 0; l < LEARNERS; l++) {
            learners.add(new Object[] {firstCohort + (l % COHORTS), "Learner" + l, "X", "SUN", codeHash});
        }
        jdbc.batchUpdate("insert into learner (cohort_id, first_name, last_initial, picture, code_hash, "
                + "failed_code_entries, locked) values (?, ?, ?, ?, ?, 0, false)", learners);
        long firstLearner = jdbc.queryForObject("select min(id) from learner", Long.class);

        Random random = new Random(42);
        Instant base = Instant.parse("2026-09-08T09:00:00Z");
        List<Object[]> batch = new ArrayList<>();
        List<Object[]> progressRows = new ArrayList<>();
        for (int l = 0; l < LEARNERS; l++) {
            long learner = firstLearner + l;
            for (int m = 0; m < MODULES; m++) {
                String module = moduleId(m);
                progressRows.add(new Object[] {learner, module, "bench", "e" + (EXERCISES_PER_MODULE - 1),
                        Timestamp.from(base), Timestamp.from(base), 60L * (5 + random.nextInt(20))});
                for (int e = 0; e < EXERCISES_PER_MODULE; e++) {
                    boolean correct = random.nextInt(100) >= 10 + 6 * e; // later exercises are harder
                    String answer = correct ? "{\"kind\":\"choices\",\"ids\":[\"a\"]}"
                            : "{\"kind\":\"choices\",\"ids\":[\"" + (random.nextBoolean() ? "b" : "c") + "\"]}";
                    Instant ended = base.plusSeconds(3600L * m + 60L * e + random.nextInt(50));
                    batch.add(new Object[] {learner, module, "e" + e, answer, correct, correct ? 100 : 0,
                            Timestamp.from(ended.minusSeconds(20)), Timestamp.from(ended)});
                }
            }
            if (batch.size() >= 50_000) {
                insertAttempts(batch);
                batch.clear();
            }
            if (progressRows.size() >= 50_000) {
                insertProgress(progressRows);
                progressRows.clear();
            }
        }
        insertAttempts(batch);
        insertProgress(progressRows);
        jdbc.execute("analyze");
        return System.currentTimeMillis() - start;
    }

    private void insertAttempts(List<Object[]> rows) {
        jdbc.batchUpdate("insert into attempt (learner_id, module_id, content_version, exercise_id, answer, correct, "
                + "score, first_try, first_try_mark, hint_used, time_spent_ms, started_at, ended_at) "
                + "values (?, ?, 'bench', ?, ?, ?, ?, true, true, false, 20000, ?, ?)", rows);
    }

    private void insertProgress(List<Object[]> rows) {
        jdbc.batchUpdate("insert into module_progress (learner_id, module_id, content_version, current_step_id, "
                + "started_at, updated_at, seconds_spent) values (?, ?, ?, ?, ?, ?, ?)", rows);
    }

    static String moduleId(int m) {
        return "bench-module-" + m;
    }

    /** Ten modules of ten single-choice exercises each, in the content format, so the screens have real modules. */
    static void writeContent(Path folder) {
        try {
            Files.createDirectories(folder.resolve("modules"));
            Files.writeString(folder.resolve("topics.yaml"), """
                    topics:
                      - id: browsing
                        icon: globe
                        title: { fr: "Naviguer", en: "Browsing" }
                    """);
            for (int m = 0; m < MODULES; m++) {
                Path module = folder.resolve("modules").resolve(moduleId(m));
                Files.createDirectories(module);
                StringBuilder yaml = new StringBuilder(String.format(Locale.ROOT, """
                        id: %s
                        topic: browsing
                        level: 1
                        competences: ["1.%d"]
                        minutes: 10
                        title: { fr: "Module %d", en: "Module %d" }
                        summary: { fr: "Pour mesurer.", en: "For measuring." }
                        steps:
                        """, moduleId(m), 1 + m % 3, m, m));
                for (int e = 0; e < EXERCISES_PER_MODULE; e++) {
                    yaml.append(String.format(Locale.ROOT, """
                              - id: e%d
                                type: single-choice
                                prompt: { fr: "Question %d ?", en: "Question %d?" }
                                choices:
                                  - id: a
                                    text: { fr: "Oui", en: "Yes" }
                                    correct: true
                                  - id: b
                                    text: { fr: "Non", en: "No" }
                                  - id: c
                                    text: { fr: "Peut-être", en: "Maybe" }
                                feedback:
                                  right: { fr: "Bien.", en: "Good." }
                                  wrong: { fr: "Non.", en: "No." }
                            """, e, e, e));
                }
                Files.writeString(module.resolve("module.yaml"), yaml.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Row(String screen, double median, double p95, double bareMedian) {
    }
}
