package org.digitalcentre.simulation.eservice;

import org.digitalcentre.content.ContentCatalogue;
import org.digitalcentre.content.ContentProperties;
import org.digitalcentre.content.EServiceSimulation;
import org.digitalcentre.content.EServiceSimulation.FieldKind;
import org.digitalcentre.simulation.SimEvent;
import org.digitalcentre.simulation.SimulationGrade;
import org.digitalcentre.simulation.Simulations;
import org.digitalcentre.simulation.StepOutcome;
import org.digitalcentre.simulation.StepResult;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The online service of the simulation fixtures: create the account, sign in with the text message's code, fill in
 * the identity page, add the certificate, send. Graded by replaying the events, as the server does.
 */
class EServiceRunTest {

    static final EServiceSimulation TASK = (EServiceSimulation) new ContentCatalogue(new ContentProperties(
            Path.of("src/test/resources/content-fixtures/simulations"))).module("test-sim-e-service").orElseThrow()
            .exercise("family-allowance").orElseThrow();

    private static final SimEvent CONTINUE = SimEvent.of(EServiceRun.CONTINUE);
    private static final List<SimEvent> ACCOUNT = List.of(type("email", "Amina.Diallo@exemple.fr"),
            type("mobile", "0612345678"), type(EServiceRun.PASSWORD, "Bellecombe38"), CONTINUE);
    private static final List<SimEvent> SIGN_IN = List.of(type(EServiceRun.IDENTIFIER, "amina.diallo@exemple.fr"),
            type(EServiceRun.PASSWORD, "Bellecombe38"), CONTINUE, type(EServiceRun.CODE, "482 913"), CONTINUE);
    private static final List<SimEvent> IDENTITY = List.of(type("birth-date", "12/03/1985"),
            type("social-security", "2 85 03 38 185 042 29"), type("family", "alone"), CONTINUE);
    private static final List<SimEvent> PROOF = List.of(attach("attestation-caf.pdf"), CONTINUE);
    private static final SimEvent SUBMIT = SimEvent.of(EServiceRun.SUBMIT);

    @Test
    void the_right_way_gets_every_step_right() {
        SimulationGrade grade = Simulations.grade(TASK, all(ACCOUNT, SIGN_IN, IDENTITY, PROOF, List.of(SUBMIT)));

        assertThat(grade.steps()).extracting(StepResult::outcome).containsOnly(StepOutcome.RIGHT);
        assertThat(grade.steps()).extracting(StepResult::stepId)
                .containsExactly("account", "sign-in", "identity", "proof", "submit");
        assertThat(grade.correct()).isTrue();
        assertThat(grade.score()).isEqualTo(100);
    }

    @Test
    void another_birth_date_than_the_scenarios_makes_the_identity_step_wrong_even_once_corrected() {
        List<SimEvent> wrongDate = List.of(type("birth-date", "21/03/1985"),
                type("social-security", "285033818504229"), type("family", "alone"), CONTINUE);
        SimulationGrade grade = Simulations.grade(TASK, all(ACCOUNT, SIGN_IN, wrongDate, PROOF,
                List.of(SimEvent.of(EServiceRun.BACK), SimEvent.of(EServiceRun.BACK)), IDENTITY, PROOF,
                List.of(SUBMIT)));

        assertThat(grade.steps()).containsExactly(new StepResult("account", StepOutcome.RIGHT),
                new StepResult("sign-in", StepOutcome.RIGHT), new StepResult("identity", StepOutcome.WRONG),
                new StepResult("proof", StepOutcome.RIGHT), new StepResult("submit", StepOutcome.RIGHT));
        assertThat(grade.score()).isEqualTo(80);
    }

    @Test
    void attaching_the_holiday_photo_makes_the_document_step_wrong_at_once() {
        SimulationGrade grade = Simulations.grade(TASK, all(ACCOUNT, SIGN_IN, IDENTITY,
                List.of(attach("photo-vacances.jpg"), attach("attestation-caf.pdf")), List.of(CONTINUE, SUBMIT)));

        assertThat(grade.steps()).extracting(StepResult::outcome).containsExactly(StepOutcome.RIGHT,
                StepOutcome.RIGHT, StepOutcome.RIGHT, StepOutcome.WRONG, StepOutcome.RIGHT);
    }

    @Test
    void a_wrong_code_makes_the_sign_in_wrong_and_keeps_her_on_the_code() {
        EServiceRun run = replay(all(ACCOUNT, List.of(type(EServiceRun.IDENTIFIER, "amina.diallo@exemple.fr"),
                type(EServiceRun.PASSWORD, "Bellecombe38"), CONTINUE)));
        assertThat(run.codeSent()).isTrue();

        run.apply(type(EServiceRun.CODE, "482931"));
        run.apply(CONTINUE);

        assertThat(run.screen()).isEqualTo(EServiceRun.Screen.CODE);
        assertThat(run.problemAt(EServiceRun.CODE)).contains(EServiceRun.WRONG_CODE);
        assertThat(run.steps().get(1).outcome()).isEqualTo(StepOutcome.WRONG);
    }

    @Test
    void a_wrong_password_is_refused_at_sign_in_and_sends_no_code() {
        EServiceRun run = replay(all(ACCOUNT, List.of(type(EServiceRun.IDENTIFIER, "amina.diallo@exemple.fr"),
                type(EServiceRun.PASSWORD, "bellecombe38"), CONTINUE)));

        assertThat(run.screen()).isEqualTo(EServiceRun.Screen.SIGN_IN);
        assertThat(run.codeSent()).isFalse();
        assertThat(run.problemAt(EServiceRun.PASSWORD)).contains(EServiceRun.WRONG_SIGN_IN);
    }

    @Test
    void stopping_half_way_leaves_the_last_steps_not_done() {
        SimulationGrade grade = Simulations.grade(TASK, all(ACCOUNT, SIGN_IN));

        assertThat(grade.steps()).extracting(StepResult::outcome).containsExactly(StepOutcome.RIGHT,
                StepOutcome.RIGHT, StepOutcome.NOT_DONE, StepOutcome.NOT_DONE, StepOutcome.NOT_DONE);
        assertThat(grade.refused()).isFalse();
        assertThat(grade.correct()).isFalse();
    }

    @Test
    void real_world_checks_keep_her_on_the_page_with_a_message_at_each_field() {
        EServiceRun run = replay(all(ACCOUNT, SIGN_IN, List.of(type("birth-date", "31/02/1985"),
                type("social-security", "2 85 03 38 185 042 92"), CONTINUE)));

        assertThat(run.screen()).isEqualTo(EServiceRun.Screen.PAGE);
        assertThat(run.currentPage().id()).isEqualTo("identity");
        assertThat(run.problemAt("birth-date")).contains("date");
        assertThat(run.problemAt("social-security")).contains("ssn-key");
        assertThat(run.problemAt("family")).contains(EServiceRun.REQUIRED);
        assertThat(run.steps().get(2).outcome()).as("a refused value is not a wrong move yet")
                .isEqualTo(StepOutcome.NOT_DONE);
    }

    @Test
    void the_kinds_check_dates_postcodes_social_security_numbers_e_mails_and_phones() {
        assertThat(FieldKind.DATE.problemWith("29/02/2024")).isEmpty();
        assertThat(FieldKind.DATE.problemWith("29/02/2023")).contains("date");
        assertThat(FieldKind.DATE.problemWith("1985-03-12")).contains("date");
        assertThat(FieldKind.POSTCODE.problemWith("38190")).isEmpty();
        assertThat(FieldKind.POSTCODE.problemWith("3819")).contains("postcode");
        assertThat(FieldKind.SOCIAL_SECURITY_NUMBER.problemWith("2 85 03 38 185 042")).contains("ssn-length");
        assertThat(FieldKind.SOCIAL_SECURITY_NUMBER.problemWith("285033818504229")).isEmpty();
        assertThat(FieldKind.SOCIAL_SECURITY_NUMBER.problemWith("285033818504228")).contains("ssn-key");
        assertThat(FieldKind.EMAIL.problemWith("amina.diallo.exemple.fr")).contains("email");
        assertThat(FieldKind.PHONE.problemWith("06 12 34 56")).contains("phone");
        assertThat(FieldKind.PHONE.problemWith("06.12.34.56.78")).isEmpty();
    }

    @Test
    void a_short_password_is_refused_when_creating_the_account() {
        EServiceRun run = replay(List.of(type("email", "amina.diallo@exemple.fr"), type("mobile", "0612345678"),
                type(EServiceRun.PASSWORD, "abc"), CONTINUE));

        assertThat(run.screen()).isEqualTo(EServiceRun.Screen.ACCOUNT);
        assertThat(run.problemAt(EServiceRun.PASSWORD)).contains(EServiceRun.SHORT_PASSWORD);
    }

    @Test
    void an_event_the_screen_could_not_produce_refuses_the_whole_try() {
        List<List<SimEvent>> tampered = List.of(
                List.of(type("birth-date", "12/03/1985")),                 // not on the account screen
                List.of(type(EServiceRun.CODE, "482913")),                  // no code screen yet
                List.of(attach("attestation-caf.pdf")),                     // no document on the account screen
                List.of(SUBMIT),                                            // no review yet
                List.of(SimEvent.of(EServiceRun.BACK)),                      // nothing before the account
                List.of(type("email", "a".repeat(EServiceRun.MAX_VALUE_LENGTH + 1))),
                List.of(SimEvent.of("skip-to-the-end")));
        for (List<SimEvent> events : tampered) {
            assertRefused(all(events, ACCOUNT, SIGN_IN, IDENTITY, PROOF, List.of(SUBMIT)), events);
        }
        assertRefused(all(ACCOUNT, SIGN_IN, List.of(type("family", "married")), IDENTITY, PROOF, List.of(SUBMIT)),
                "an option the choice does not have");
        assertRefused(all(ACCOUNT, SIGN_IN, IDENTITY, List.of(attach("passeport.pdf")), PROOF, List.of(SUBMIT)),
                "a file the picker does not offer");
        assertRefused(all(ACCOUNT, SIGN_IN, IDENTITY, PROOF, List.of(SUBMIT, SUBMIT)), "sent twice");
    }

    private static void assertRefused(List<SimEvent> events, Object why) {
        SimulationGrade grade = Simulations.grade(TASK, events);
        assertThat(grade.refused()).as("refused: %s", why).isTrue();
        assertThat(grade.score()).isZero();
        assertThat(grade.steps()).extracting(StepResult::outcome).containsOnly(StepOutcome.NOT_DONE);
    }

    private static EServiceRun replay(List<SimEvent> events) {
        EServiceRun run = new EServiceRun(TASK);
        for (SimEvent event : events) {
            assertThat(run.apply(event)).as("accepted: %s", event).isTrue();
        }
        return run;
    }

    @SafeVarargs
    private static List<SimEvent> all(List<SimEvent>... parts) {
        List<SimEvent> events = new ArrayList<>();
        for (List<SimEvent> part : parts) {
            events.addAll(part);
        }
        return events;
    }

    private static SimEvent type(String field, String value) {
        return new SimEvent(EServiceRun.TYPE, field, value);
    }

    private static SimEvent attach(String file) {
        return new SimEvent(EServiceRun.ATTACH, "certificate", file);
    }
}
