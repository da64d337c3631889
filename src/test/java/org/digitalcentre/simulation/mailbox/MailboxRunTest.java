package org.digitalcentre.simulation.mailbox;

import org.digitalcentre.content.ContentCatalogue;
import org.digitalcentre.content.ContentProperties;
import org.digitalcentre.content.MailboxSimulation;
import org.digitalcentre.content.MailboxSimulation.Part;
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
 * The mailbox task of the simulation fixtures: sort the bank's e-mail as a scam and tap its four clues, sort the
 * parcel text message as a scam, then reply to Mrs Martin with the word CV and the CV attached. Graded by replaying
 * the events, as the server does.
 */
class MailboxRunTest {

    static final MailboxSimulation TASK = (MailboxSimulation) new ContentCatalogue(new ContentProperties(
            Path.of("src/test/resources/content-fixtures/simulations"))).module("test-sim-mailbox").orElseThrow()
            .exercise("sort-and-reply").orElseThrow();

    private static final SimEvent OPEN_BANK = SimEvent.of(MailboxRun.OPEN, "bank");
    private static final SimEvent BANK_IS_SCAM = new SimEvent(MailboxRun.SORT, "bank", MailboxRun.SCAM);
    private static final List<SimEvent> BANK_CLUES = List.of(tap("strange-sender"), tap("urgent"), tap("mistake"),
            tap("fake-link"));
    private static final List<SimEvent> PARCEL_IS_SCAM = List.of(SimEvent.of(MailboxRun.FOLDER, MailboxRun.TEXTS),
            SimEvent.of(MailboxRun.OPEN, "parcel"), new SimEvent(MailboxRun.SORT, "parcel", MailboxRun.SCAM));
    private static final List<SimEvent> REPLY_WITH_CV = List.of(SimEvent.of(MailboxRun.FOLDER, MailboxRun.INBOX),
            SimEvent.of(MailboxRun.OPEN, "martin"), new SimEvent(MailboxRun.REPLY, "martin", "Re: Votre CV"),
            new SimEvent(MailboxRun.FIELD, MailboxRun.MESSAGE, "Bonjour Madame Martin, voici mon cv. Amina"),
            new SimEvent(MailboxRun.ATTACH, "", "cv-amina-diallo.pdf"), SimEvent.of(MailboxRun.SEND));

    @Test
    void no_mailbox_of_the_centre_s_modules_shows_an_empty_folder() {
        ContentCatalogue content = new ContentCatalogue(new ContentProperties(Path.of("content")));
        List<MailboxSimulation> mailboxes = content.modules().stream().flatMap(m -> m.exercises().stream())
                .filter(MailboxSimulation.class::isInstance).map(MailboxSimulation.class::cast).toList();
        assertThat(mailboxes).as("the modules have mailbox tasks").isNotEmpty();
        for (MailboxSimulation mailbox : mailboxes) {
            MailboxRun run = new MailboxRun(mailbox);
            for (String folder : run.folders()) {
                run.apply(SimEvent.of(MailboxRun.FOLDER, folder));
                assertThat(run.inFolder()).as(mailbox.id() + ", folder " + folder).isNotEmpty();
            }
            assertThat(run.folders()).as(mailbox.id()).isNotEmpty();
        }
        MailboxSimulation emailsOnly = (MailboxSimulation) content.module("office-first-email").orElseThrow()
                .exercise("practice-reply-cv").orElseThrow();
        assertThat(new MailboxRun(emailsOnly).folders()).containsExactly(MailboxRun.INBOX);
        assertThat(new MailboxRun(TASK).folders()).containsExactly(MailboxRun.INBOX, MailboxRun.TEXTS);
    }

    @Test
    void the_right_way_gets_every_step_right() {
        SimulationGrade grade = Simulations.grade(TASK, rightWay());

        assertThat(grade.steps()).containsExactly(new StepResult("sort-bank", StepOutcome.RIGHT),
                new StepResult("bank-clues", StepOutcome.RIGHT), new StepResult("sort-parcel", StepOutcome.RIGHT),
                new StepResult("reply-cv", StepOutcome.RIGHT));
        assertThat(grade.correct()).isTrue();
        assertThat(grade.score()).isEqualTo(100);
    }

    @Test
    void sorting_a_scam_as_safe_makes_that_step_wrong_even_once_sorted_again() {
        List<SimEvent> events = new ArrayList<>(List.of(OPEN_BANK, new SimEvent(MailboxRun.SORT, "bank", "safe")));
        events.addAll(rightWay().subList(1, rightWay().size()));

        SimulationGrade grade = Simulations.grade(TASK, events);

        assertThat(grade.steps()).extracting(StepResult::outcome).containsExactly(StepOutcome.WRONG,
                StepOutcome.RIGHT, StepOutcome.RIGHT, StepOutcome.RIGHT);
        assertThat(grade.correct()).isFalse();
        assertThat(grade.score()).isEqualTo(75);
    }

    @Test
    void a_part_that_is_no_clue_left_tapped_makes_the_clues_step_wrong() {
        String notAClue = TASK.message("bank").orElseThrow().parts("fr").stream().filter(p -> p.clue() == null)
                .findFirst().map(Part::key).orElseThrow();
        List<SimEvent> events = new ArrayList<>(List.of(OPEN_BANK, BANK_IS_SCAM, tap(notAClue)));
        events.addAll(BANK_CLUES);
        events.addAll(PARCEL_IS_SCAM);
        events.addAll(REPLY_WITH_CV);

        assertThat(Simulations.grade(TASK, events).steps()).extracting(StepResult::outcome)
                .containsExactly(StepOutcome.RIGHT, StepOutcome.WRONG, StepOutcome.RIGHT, StepOutcome.RIGHT);
    }

    @Test
    void a_part_tapped_by_mistake_and_tapped_again_to_untap_it_leaves_the_clues_step_right() {
        String notAClue = TASK.message("bank").orElseThrow().parts("fr").stream().filter(p -> p.clue() == null)
                .findFirst().map(Part::key).orElseThrow();
        List<SimEvent> events = new ArrayList<>(List.of(OPEN_BANK, BANK_IS_SCAM, tap(notAClue)));
        events.addAll(BANK_CLUES);
        events.add(tap(notAClue));
        events.addAll(PARCEL_IS_SCAM);
        events.addAll(REPLY_WITH_CV);

        SimulationGrade grade = Simulations.grade(TASK, events);

        assertThat(grade.steps()).extracting(StepResult::outcome)
                .containsExactly(StepOutcome.RIGHT, StepOutcome.RIGHT, StepOutcome.RIGHT, StepOutcome.RIGHT);
        assertThat(grade.correct()).isTrue();
    }

    @Test
    void a_reply_sent_without_the_cv_attached_is_wrong_and_cannot_be_unsent() {
        List<SimEvent> events = new ArrayList<>(List.of(OPEN_BANK, BANK_IS_SCAM));
        events.addAll(BANK_CLUES);
        events.addAll(PARCEL_IS_SCAM);
        List<SimEvent> withoutCv = new ArrayList<>(REPLY_WITH_CV);
        withoutCv.remove(4);
        events.addAll(withoutCv);
        events.addAll(REPLY_WITH_CV.subList(1, REPLY_WITH_CV.size()));

        assertThat(Simulations.grade(TASK, events).steps()).extracting(StepResult::outcome)
                .containsExactly(StepOutcome.RIGHT, StepOutcome.RIGHT, StepOutcome.RIGHT, StepOutcome.WRONG);
    }

    @Test
    void a_new_message_instead_of_a_reply_does_not_do_the_reply_step() {
        MailboxRun run = new MailboxRun(TASK);
        run.apply(SimEvent.of(MailboxRun.WRITE));
        run.apply(new SimEvent(MailboxRun.FIELD, MailboxRun.TO, "Sophie.Martin@bellecombe-emploi.fr "));
        run.apply(new SimEvent(MailboxRun.FIELD, MailboxRun.SUBJECT, "Mon CV"));
        run.apply(new SimEvent(MailboxRun.ATTACH, "", "cv-amina-diallo.pdf"));

        assertThat(run.apply(SimEvent.of(MailboxRun.SEND))).isTrue();
        assertThat(run.sent()).hasSize(1);
        assertThat(run.draft()).isEmpty();
        assertThat(run.steps().get(3).outcome()).isEqualTo(StepOutcome.WRONG);
    }

    @Test
    void stopping_half_way_leaves_the_rest_not_done_and_untapping_a_clue_undoes_it() {
        MailboxRun run = new MailboxRun(TASK);
        List.of(OPEN_BANK, BANK_IS_SCAM).forEach(run::apply);
        BANK_CLUES.forEach(run::apply);
        assertThat(run.steps()).extracting(StepResult::outcome).containsExactly(StepOutcome.RIGHT,
                StepOutcome.RIGHT, StepOutcome.NOT_DONE, StepOutcome.NOT_DONE);

        run.apply(tap("urgent"));
        assertThat(run.isTapped("bank", "urgent")).isFalse();
        assertThat(run.steps().get(1).outcome()).isEqualTo(StepOutcome.NOT_DONE);
    }

    @Test
    void the_inbox_shows_e_mails_and_texts_show_text_messages() {
        MailboxRun run = new MailboxRun(TASK);

        assertThat(run.inFolder()).extracting(MailboxSimulation.Message::id).containsExactly("martin", "bank");
        run.apply(SimEvent.of(MailboxRun.FOLDER, MailboxRun.TEXTS));
        assertThat(run.inFolder()).extracting(MailboxSimulation.Message::id).containsExactly("parcel");
    }

    @Test
    void an_event_the_mailbox_could_not_produce_refuses_the_whole_try() {
        List<List<SimEvent>> tampered = List.of(
                List.of(SimEvent.of(MailboxRun.OPEN, "parcel")),                     // not in the inbox
                List.of(SimEvent.of(MailboxRun.OPEN, "lottery")),                    // no such message
                List.of(BANK_IS_SCAM),                                               // not open
                List.of(OPEN_BANK, new SimEvent(MailboxRun.SORT, "bank", "maybe")),
                List.of(OPEN_BANK, new SimEvent(MailboxRun.TAP, "bank", "_99")),     // no such part
                List.of(OPEN_BANK, new SimEvent(MailboxRun.TAP, "bank", "parcel")),
                List.of(SimEvent.of(MailboxRun.FOLDER, "spam")),
                List.of(new SimEvent(MailboxRun.FIELD, MailboxRun.TO, "x@y.fr")),   // nothing being written
                List.of(SimEvent.of(MailboxRun.SEND)),
                List.of(SimEvent.of(MailboxRun.WRITE), SimEvent.of(MailboxRun.SEND)), // no address
                List.of(SimEvent.of(MailboxRun.WRITE), new SimEvent(MailboxRun.ATTACH, "", "secret.docx")),
                List.of(SimEvent.of(MailboxRun.WRITE), new SimEvent(MailboxRun.DETACH, "", "cv-amina-diallo.pdf")),
                List.of(SimEvent.of(MailboxRun.WRITE), SimEvent.of(MailboxRun.OPEN, "bank")), // finish writing first
                List.of(SimEvent.of(MailboxRun.WRITE), new SimEvent(MailboxRun.FIELD, "cc", "x@y.fr")),
                List.of(new SimEvent(MailboxRun.REPLY, "martin", "Re: Votre CV")),    // not open
                List.of(SimEvent.of("delete-all")));

        for (List<SimEvent> events : tampered) {
            List<SimEvent> withTheRightWayAfter = new ArrayList<>(events);
            withTheRightWayAfter.add(SimEvent.of(MailboxRun.DISCARD));
            withTheRightWayAfter.addAll(rightWay());
            SimulationGrade grade = Simulations.grade(TASK, withTheRightWayAfter);
            assertThat(grade.refused()).as("refused: %s", events).isTrue();
            assertThat(grade.correct()).isFalse();
            assertThat(grade.score()).isZero();
            assertThat(grade.steps()).extracting(StepResult::outcome).containsOnly(StepOutcome.NOT_DONE);
        }
    }

    private static List<SimEvent> rightWay() {
        List<SimEvent> events = new ArrayList<>(List.of(OPEN_BANK, BANK_IS_SCAM));
        events.addAll(BANK_CLUES);
        events.addAll(PARCEL_IS_SCAM);
        events.addAll(REPLY_WITH_CV);
        return events;
    }

    private static SimEvent tap(String key) {
        return new SimEvent(MailboxRun.TAP, "bank", key);
    }
}
