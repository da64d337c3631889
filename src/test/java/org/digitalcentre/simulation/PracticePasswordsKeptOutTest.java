package org.digitalcentre.simulation;

import org.digitalcentre.content.ContentCatalogue;
import org.digitalcentre.content.ContentProperties;
import org.digitalcentre.content.EServiceSimulation;
import org.digitalcentre.content.PasswordSimulation;
import org.digitalcentre.content.Simulation;
import org.digitalcentre.simulation.eservice.EServiceRun;
import org.digitalcentre.simulation.password.PasswordRun;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What she types in a password field is kept as a stand-in: the text is nowhere in what is stored, and the stored try
 * grades exactly as the live one did, for every way of doing the password workshop and the online service.
 */
class PracticePasswordsKeptOutTest {

    private static final ContentCatalogue FIXTURES = new ContentCatalogue(new ContentProperties(
            Path.of("src/test/resources/content-fixtures/simulations")));
    private static final PasswordSimulation WORKSHOP = (PasswordSimulation) FIXTURES.module("test-sim-password")
            .orElseThrow().exercise("new-account").orElseThrow();
    private static final EServiceSimulation E_SERVICE = (EServiceSimulation) FIXTURES.module("test-sim-e-service")
            .orElseThrow().exercise("family-allowance").orElseThrow();
    private static final String PASSPHRASE = "tortue-piano-soleil-lune";

    @Test
    void the_workshop_kept_try_has_no_typed_text_and_grades_the_same() {
        List<List<SimEvent>> tries = List.of(
                List.of(password("tortue"), password(PASSPHRASE), confirm(PASSPHRASE), keep("notebook")),
                List.of(password("Amina1987"), confirm("Amina1987"), keep("sticky-note")),
                List.of(password(PASSPHRASE), confirm(PASSPHRASE + "x"), confirm("tortue-piano-soleil-lun")),
                List.of(password("Bellecombe-Fatou-soleil-lune"), confirm("other"), password("other"),
                        keep("text-message")),
                List.of(password(PASSPHRASE), password(PASSPHRASE)),
                List.of(password("x".repeat(PasswordSimulation.MAX_LENGTH + 1))),
                List.of(password("abc"), password(""), confirm("")));
        for (List<SimEvent> live : tries) {
            assertKeptOutAndGradedTheSame(WORKSHOP, live);
        }
    }

    @Test
    void the_online_service_kept_try_has_no_typed_password_and_grades_the_same() {
        List<SimEvent> account = List.of(type("email", "Amina.Diallo@exemple.fr"), type("mobile", "0612345678"),
                type(EServiceRun.PASSWORD, "Bellecombe38"), continueOn());
        List<SimEvent> rest = List.of(type(EServiceRun.CODE, "482 913"), continueOn(),
                type("birth-date", "12/03/1985"), type("social-security", "2 85 03 38 185 042 29"),
                type("family", "alone"), continueOn());
        List<List<SimEvent>> tries = List.of(
                concat(account, signIn("Bellecombe38"), rest),
                concat(account, signIn("bellecombe38"), signIn("Bellecombe38"), rest),
                concat(account, signIn("Wrong-password")),
                concat(List.of(type(EServiceRun.PASSWORD, "short"), continueOn(),
                        type(EServiceRun.PASSWORD, "        "), continueOn()), account, signIn("Bellecombe38")));
        for (List<SimEvent> live : tries) {
            assertKeptOutAndGradedTheSame(E_SERVICE, live);
        }
    }

    @Test
    void the_same_text_gets_the_same_stand_in_and_a_resumed_try_numbers_on() {
        List<SimEvent> kept = Simulations.forStorage(WORKSHOP, List.of(password(PASSPHRASE), confirm(PASSPHRASE)));
        assertThat(kept.get(0).value()).isEqualTo(kept.get(1).value());

        List<SimEvent> goneOn = new ArrayList<>(kept);
        goneOn.add(confirm("another-text"));
        List<SimEvent> keptAgain = Simulations.forStorage(WORKSHOP, goneOn);

        assertThat(keptAgain.subList(0, 2)).isEqualTo(kept);
        assertThat(PasswordStandIn.read(keptAgain.get(2).value()).orElseThrow().number()).isEqualTo(2);
    }

    @Test
    void a_resumed_workshop_forgets_both_fields_and_keeps_the_way_she_chose() {
        List<SimEvent> kept = Simulations.forStorage(WORKSHOP, List.of(password(PASSPHRASE), confirm(PASSPHRASE),
                keep("notebook")));

        assertThat(Simulations.resumable(WORKSHOP, kept)).containsExactly(keep("notebook"));
    }

    @Test
    void a_resumed_online_service_before_the_sign_in_asks_for_the_password_again_and_after_it_goes_on() {
        List<SimEvent> account = List.of(type("email", "Amina.Diallo@exemple.fr"), type("mobile", "0612345678"),
                type(EServiceRun.PASSWORD, "Bellecombe38"), continueOn());
        List<SimEvent> onTheSignIn = Simulations.forStorage(E_SERVICE, concat(account,
                List.of(type(EServiceRun.IDENTIFIER, "amina.diallo@exemple.fr"))));
        List<SimEvent> pastIt = Simulations.forStorage(E_SERVICE, concat(account, signIn("Bellecombe38"),
                List.of(type(EServiceRun.CODE, "482 913"), continueOn())));

        assertThat(Simulations.resumable(E_SERVICE, onTheSignIn)).noneMatch(e -> e.target().equals("password"))
                .hasSize(onTheSignIn.size() - 1);
        assertThat(Simulations.resumable(E_SERVICE, pastIt)).isEqualTo(pastIt);
        EServiceRun resumed = (EServiceRun) Simulations.start(E_SERVICE);
        pastIt.forEach(resumed::apply);
        assertThat(resumed.screen()).isEqualTo(EServiceRun.Screen.PAGE);
    }

    @Test
    void a_text_written_like_a_stand_in_is_read_back_and_nothing_else_is() {
        String written = new PasswordStandIn(3, java.util.Map.of("length", "12", "score", "4")).written();

        assertThat(PasswordStandIn.read(written)).hasValueSatisfying(standIn -> {
            assertThat(standIn.number()).isEqualTo(3);
            assertThat(standIn.length()).isEqualTo(12);
            assertThat(standIn.number("score")).isEqualTo(4);
        });
        assertThat(PasswordStandIn.read("tortue-piano")).isEmpty();
        assertThat(PasswordStandIn.lengthOf("tortue")).isEqualTo(6);
    }

    private static void assertKeptOutAndGradedTheSame(Simulation task, List<SimEvent> live) {
        List<SimEvent> kept = Simulations.forStorage(task, live);
        List<String> typed = live.stream().filter(e -> isPasswordField(e) && !e.value().isEmpty())
                .map(SimEvent::value).toList();
        assertThat(typed).as("the try types passwords").isNotEmpty();
        for (String password : typed) {
            assertThat(kept).as("kept try of %s", live).noneMatch(e -> e.value().equals(password)
                    || !e.value().isBlank() && password.contains(e.value()) && isPasswordField(e));
        }
        assertThat(kept).filteredOn(PracticePasswordsKeptOutTest::isPasswordField)
                .allMatch(e -> e.value().isEmpty() || PasswordStandIn.isStandIn(e.value()));
        assertThat(Simulations.grade(task, kept)).as("grade of %s", live).isEqualTo(Simulations.grade(task, live));
    }

    private static boolean isPasswordField(SimEvent event) {
        return event.action().equals(PasswordRun.PASSWORD) || event.action().equals(PasswordRun.CONFIRM)
                || event.action().equals(EServiceRun.TYPE) && event.target().equals(EServiceRun.PASSWORD);
    }

    private static SimEvent password(String text) {
        return new SimEvent(PasswordRun.PASSWORD, "", text);
    }

    private static SimEvent confirm(String text) {
        return new SimEvent(PasswordRun.CONFIRM, "", text);
    }

    private static SimEvent keep(String way) {
        return SimEvent.of(PasswordRun.KEEP, way);
    }

    private static SimEvent type(String field, String value) {
        return new SimEvent(EServiceRun.TYPE, field, value);
    }

    private static SimEvent continueOn() {
        return SimEvent.of(EServiceRun.CONTINUE);
    }

    private static List<SimEvent> signIn(String password) {
        return List.of(type(EServiceRun.IDENTIFIER, "amina.diallo@exemple.fr"), type(EServiceRun.PASSWORD, password),
                continueOn());
    }

    @SafeVarargs
    private static List<SimEvent> concat(List<SimEvent>... parts) {
        return Stream.of(parts).flatMap(List::stream).toList();
    }
}
