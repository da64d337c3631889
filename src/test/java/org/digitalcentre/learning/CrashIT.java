package org.digitalcentre.learning;

import org.digitalcentre.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The crash test (docs/decisions/0009): the PACKAGED app, started as a user starts it ({@code java -jar}, demo
 * profile, its own data folder under target/crash-test, a free port), is driven in Chromium by Amina answering an
 * exercise again and again; an answer is confirmed when its feedback shows. At a random moment the JVM is killed
 * with SIGKILL ({@link Process#destroyForcibly()}, checked by its exit status 137 = 128 + 9). The H2 file is then
 * opened with JDBC and every confirmed answer must be in {@code attempt}, found by its check id; the next trial starts
 * the app again on the same folder: the restart.
 * <p>
 * {@code mvn verify} runs {@value #SHORT_TRIALS} trials. The full run, whose figures go to
 * docs/benchmarks/crash-test.md:
 * <pre>mvn verify -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=CrashIT -Dexec.skip=true -Dcrash.trials=25</pre>
 * The jar of a plain {@code mvn package} runs Vaadin in development mode and cannot serve its pages from a jar
 * ("Failed to find ./generated/jar-resources/..."): users run the jar of {@code mvn -Pproduction package} (README,
 * "Production"). So this test uses target/'s jar when it is a production one ({@code mvn -Pproduction verify}), or the
 * jar given with {@code -Dcrash.jar=...}, or else builds one with {@code mvn -Pproduction package} in
 * target/crash-test/build.
 */
class CrashIT extends BrowserTest {

    static final int SHORT_TRIALS = 2;
    static final int FULL_RUN = 20;
    private static final Path HOME = Path.of("target", "crash-test").toAbsolutePath();
    private static final Path REPORT = Path.of("docs", "benchmarks", "crash-test.md");
    private static final String MODULE = "browsing-first-steps";
    private static final List<String> CHOICES = List.of("Un programme pour aller sur Internet", "Un site Internet",
            "Une adresse e-mail");
    private static final Duration START_WITHIN = Duration.ofMinutes(4);
    /** The kill comes between these many milliseconds after she reaches the exercise. */
    private static final int KILL_AFTER_MIN_MS = 1_000;
    private static final int KILL_AFTER_MAX_MS = 15_000;

    /**
     * The control: {@code -Dcrash.write-delay=500} runs the app with H2's old write delay, to show that this test sees
     * lost answers when there are some. Then losses are counted, not refused, and the figures go to
     * docs/benchmarks/crash-test-control.md.
     */
    private static final String CONTROL_WRITE_DELAY = System.getProperty("crash.write-delay");
    private static final Path CONTROL_REPORT = Path.of("docs", "benchmarks", "crash-test-control.md");

    private String appAddress;

    @Override
    protected String address() {
        return appAddress;
    }

    @Test
    void no_answer_the_screen_confirmed_is_lost_when_the_server_is_killed_at_any_moment() throws Exception {
        int trials = Integer.getInteger("crash.trials", SHORT_TRIALS);
        long seed = Long.getLong("crash.seed", System.nanoTime());
        Random random = new Random(seed);
        Path jar = productionJar();
        Path data = HOME.resolve("data-" + System.currentTimeMillis());
        Files.createDirectories(data);
        Set<String> confirmed = new LinkedHashSet<>();
        int lostInControl = 0;
        List<Trial> done = new ArrayList<>();
        Instant started = Instant.now();

        for (int trial = 1; trial <= trials; trial++) {
            int port = freePort();
            appAddress = "http://localhost:" + port;
            Path log = HOME.resolve("app-" + trial + ".log");
            Instant trialStart = Instant.now();
            Process app = start(jar, data, port, log);
            try {
                waitUntilServing(app, port, log);
                Duration startUp = Duration.between(trialStart, Instant.now());
                waitForTheCohortScreen();
                signInAsLearner("Groupe du matin", "Amina D.", "1234");
                waitForText("Bonjour Amina D.");
                open("module/" + MODULE);
                reachTheExercise();

                int killAfterMs = KILL_AFTER_MIN_MS + random.nextInt(KILL_AFTER_MAX_MS - KILL_AFTER_MIN_MS);
                Thread killer = new Thread(() -> {
                    sleep(killAfterMs);
                    app.destroyForcibly();
                }, "crash-test-killer");
                killer.start();
                int before = confirmed.size();
                answerUntilKilled(app, random, confirmed);
                killer.join();
                assertThat(app.waitFor(2, TimeUnit.MINUTES)).as("the killed app has ended").isTrue();
                assertThat(app.exitValue()).as("killed by SIGKILL (128 + 9)").isEqualTo(137);

                Set<String> stored = storedCheckIds(data);
                Set<String> missing = new LinkedHashSet<>(confirmed);
                missing.removeAll(stored);
                done.add(new Trial(trial, startUp, killAfterMs, confirmed.size() - before, stored.size(),
                        missing.size()));
                System.out.printf(Locale.ROOT, "Crash trial %d/%d: started in %d s, killed after %d ms, %d answers "
                                + "confirmed in this trial (%d in all), %d stored, %d missing%n", trial, trials,
                        startUp.toSeconds(), killAfterMs, confirmed.size() - before, confirmed.size(), stored.size(),
                        missing.size());
                if (CONTROL_WRITE_DELAY == null) {
                    assertThat(missing).as("confirmed answers missing after kill %d (seed %d)", trial, seed)
                            .isEmpty();
                } else {
                    // The control goes on: an answer lost stays lost, the next trial counts only new losses.
                    confirmed.removeAll(missing);
                    lostInControl += missing.size();
                }
            } finally {
                if (app.isAlive()) {
                    app.destroyForcibly().waitFor(1, TimeUnit.MINUTES);
                }
            }
        }
        assertThat(confirmed).as("answers confirmed over %d trials", trials).isNotEmpty();
        Duration total = Duration.between(started, Instant.now());
        if (CONTROL_WRITE_DELAY != null) {
            writeReport(CONTROL_REPORT, "Control: the crash test with H2's write delay of " + CONTROL_WRITE_DELAY
                    + " ms", done, confirmed.size() + lostInControl, lostInControl, total, seed);
        } else if (trials >= FULL_RUN || Boolean.getBoolean("crash.report")) {
            writeReport(REPORT, "Crash test: answers confirmed on screen survive kill -9", done, confirmed.size(), 0,
                    total, seed);
        }
    }

    /** The demo data is made just after the server starts: the cohort shows once it is there. */
    private void waitForTheCohortScreen() {
        Instant giveUp = Instant.now().plus(START_WITHIN);
        while (true) {
            open("");
            if (driver.findElement(By.tagName("body")).getText().contains("Groupe du matin")) {
                return;
            }
            if (Instant.now().isAfter(giveUp)) {
                fail("The cohort screen never showed the demo cohort");
            }
            sleep(2_000);
        }
    }

    /** Next, next... until the first question of the module (or where she was left, which is that question). */
    private void reachTheExercise() {
        for (int step = 0; step < 6 && driver.findElements(By.cssSelector("vaadin-radio-group.choices")).isEmpty();
             step++) {
            clickButton("Suivant");
        }
        find(By.cssSelector("vaadin-radio-group.choices"));
    }

    /**
     * Answers again and again, each time another choice (a new answer, so a new check), and counts an answer as
     * confirmed when its feedback shows with its check id. Ends when the app is gone.
     */
    private void answerUntilKilled(Process app, Random random, Set<String> confirmed) {
        WebDriverWait feedbackWait = new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(50));
        String last = checkShown();
        int choice = random.nextInt(CHOICES.size());
        while (app.isAlive()) {
            choice = (choice + 1 + random.nextInt(CHOICES.size() - 1)) % CHOICES.size();
            try {
                driver.findElement(By.xpath("//vaadin-radio-button[contains(normalize-space(.), "
                        + literal(CHOICES.get(choice)) + ")]")).click();
                driver.findElement(By.xpath("//vaadin-button[contains(normalize-space(.), 'Vérifier')]")).click();
                String previous = last;
                feedbackWait.until(d -> !app.isAlive() || !Objects.equals(checkShown(), previous));
                String shown = checkShown();
                if (shown != null && !shown.equals(previous)) {
                    confirmed.add(shown);
                    last = shown;
                }
            } catch (WebDriverException gone) {
                // The page lost its server in the middle of a step: what was confirmed so far counts.
                if (app.isAlive()) {
                    throw gone;
                }
            }
        }
    }

    /** The check id of the answer whose feedback shows, once the server has answered: stored then. */
    private String checkShown() {
        Object id = ((JavascriptExecutor) driver).executeScript(
                "const f = document.querySelector('.feedback[data-check]');"
                        + "return f && (f.dataset.result === 'right' || f.dataset.result === 'wrong') ? f.dataset.check : null;");
        return id == null ? null : id.toString();
    }

    private static Process start(Path jar, Path data, int port, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-jar", jar.toString(), "--spring.profiles.active=demo",
                "--server.port=" + port, "--digitalcentre.data-folder=" + data));
        if (CONTROL_WRITE_DELAY != null) {
            command.add("--spring.datasource.url=jdbc:h2:file:" + data.resolve("digital-centre") + ";WRITE_DELAY="
                    + CONTROL_WRITE_DELAY);
        }
        // From the project folder, as a user starts it: content/ is read from there.
        return new ProcessBuilder(command).directory(new File(".").getAbsoluteFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static void waitUntilServing(Process app, int port, Path log) throws Exception {
        Instant giveUp = Instant.now().plus(START_WITHIN);
        while (Instant.now().isBefore(giveUp)) {
            if (!app.isAlive()) {
                fail("The app stopped at start (exit " + app.exitValue() + "):\n" + tail(log));
            }
            try {
                HttpURLConnection connection = (HttpURLConnection) URI.create("http://localhost:" + port + "/")
                        .toURL().openConnection();
                connection.setInstanceFollowRedirects(false);
                connection.setConnectTimeout(2_000);
                connection.setReadTimeout(10_000);
                if (connection.getResponseCode() < 500) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            sleep(500);
        }
        fail("The app did not answer within " + START_WITHIN + ":\n" + tail(log));
    }

    /** The check ids stored, read from the H2 file itself once the killed JVM has let it go. */
    private static Set<String> storedCheckIds(Path data) throws SQLException {
        String url = "jdbc:h2:file:" + data.resolve("digital-centre") + ";ACCESS_MODE_DATA=r";
        Set<String> ids = new HashSet<>();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             ResultSet rows = connection.createStatement().executeQuery(
                     "select check_id from attempt where check_id is not null")) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }

    /**
     * The jar a user runs in production: {@code -Dcrash.jar}, or target/'s when it was built with -Pproduction, or one
     * built now with {@code mvn -Pproduction package} in target/crash-test/build (sources copied there).
     */
    private static Path productionJar() throws Exception {
        String given = System.getProperty("crash.jar");
        if (given != null && !given.isBlank()) {
            Path jar = Path.of(given).toAbsolutePath();
            assertThat(isProductionJar(jar)).as(jar + " is a production build (mvn -Pproduction package)").isTrue();
            return jar;
        }
        Path packaged = jarIn(Path.of("target"));
        if (packaged != null && isProductionJar(packaged)) {
            return packaged.toAbsolutePath();
        }
        Path build = HOME.resolve("build");
        copy(Path.of("pom.xml"), build.resolve("pom.xml"));
        copyTree(Path.of("src", "main"), build.resolve("src").resolve("main"));
        copyTree(Path.of("frontend"), build.resolve("frontend"));
        String maven = System.getProperty("maven.home");
        String mvn = maven == null || maven.isBlank() ? "mvn" : Path.of(maven, "bin", "mvn").toString();
        Path log = HOME.resolve("production-build.log");
        Process mavenBuild = new ProcessBuilder(mvn, "-q", "-B", "-Pproduction", "package", "-DskipTests",
                "-Dexec.skip=true").directory(build.toFile()).redirectErrorStream(true).redirectOutput(log.toFile())
                .start();
        assertThat(mavenBuild.waitFor(15, TimeUnit.MINUTES)).as("mvn -Pproduction package ended").isTrue();
        assertThat(mavenBuild.exitValue()).as(() -> "mvn -Pproduction package:\n" + tail(log)).isZero();
        Path jar = jarIn(build.resolve("target"));
        assertThat(jar).as("the production jar").isNotNull();
        assertThat(isProductionJar(jar)).as(jar + " is a production build").isTrue();
        return jar.toAbsolutePath();
    }

    private static Path jarIn(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return null;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().matches("digital-centre-.*\\.jar"))
                    .filter(f -> !f.getFileName().toString().endsWith("-sources.jar")).findFirst().orElse(null);
        }
    }

    /** Vaadin's production bundle inside, and no development server. */
    private static boolean isProductionJar(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            boolean bundle = zip.stream().anyMatch(e -> e.getName().endsWith("META-INF/VAADIN/config/flow-build-info.json"));
            boolean devServer = zip.stream().anyMatch(e -> e.getName().startsWith("BOOT-INF/lib/vaadin-dev-"));
            return bundle && !devServer;
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                copy(file, to.resolve(from.relativize(file).toString()));
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record Trial(int number, Duration startUp, int killAfterMs, int confirmed, int storedInAll,
                         int missing) {
    }

    private static void writeReport(Path file, String title, List<Trial> trials, int confirmed, int lost,
                                    Duration total, long seed) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(title).append("\n\n");
        md.append("Generated by `CrashIT` (src/test/java/org/digitalcentre/learning/CrashIT.java) on ")
                .append(LocalDate.now()).append(", ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores shared with other work. Command:\n\n```\n")
                .append("mvn verify -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=CrashIT "
                        + "-Dexec.skip=true -Dcrash.trials=").append(trials.size())
                .append(CONTROL_WRITE_DELAY == null ? "" : " -Dcrash.write-delay=" + CONTROL_WRITE_DELAY)
                .append("\n```\n\n");
        md.append("The production jar (`java -jar`, demo profile, its own data folder, a free port) is started; "
                + "Chromium signs in as Amina D. and answers a question again and again, each time another choice; "
                + "an answer is confirmed when its feedback shows. At a random moment ")
                .append(KILL_AFTER_MIN_MS / 1000).append("–").append(KILL_AFTER_MAX_MS / 1000)
                .append(" s after she reaches the question the JVM is killed with SIGKILL (exit status 137 checked), "
                        + "the H2 file is opened with JDBC and every confirmed answer is looked for by its check id; "
                        + "the next trial restarts the app on the same data folder. Seed: ").append(seed)
                .append(".\n\n");
        int stored = trials.isEmpty() ? 0 : trials.get(trials.size() - 1).storedInAll();
        md.append("| Trials | Answers confirmed | Confirmed answers lost | Answers stored (with the unconfirmed ones "
                + "whose feedback the kill cut off) | Total time |\n|---|---|---|---|---|\n");
        md.append("| ").append(trials.size()).append(" | ").append(confirmed).append(" | ").append(lost).append(" | ")
                .append(stored).append(" | ").append(total.toMinutes()).append(" min ")
                .append(total.toSecondsPart()).append(" s |\n\n");
        md.append("| Trial | Start-up (s) | Killed after (ms) | Confirmed in the trial | Stored in all | "
                        + "Confirmed and missing after this kill |\n")
                .append("|---|---|---|---|---|---|\n");
        for (Trial t : trials) {
            md.append(String.format(Locale.ROOT, "| %d | %d | %d | %d | %d | %d |%n", t.number(),
                    t.startUp().toSeconds(), t.killAfterMs(), t.confirmed(), t.storedInAll(), t.missing()));
        }
        try {
            Files.writeString(file, md.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
