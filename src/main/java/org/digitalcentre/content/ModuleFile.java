package org.digitalcentre.content;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * The shape of a {@code module.yaml}, with the simple rules of content/README.md as constraints. The steps stay a
 * raw tree here: each is read on its own as a {@link StepEntry}, so one broken step does not hide the others.
 */
record ModuleFile(
        @ContentId String id,
        @NotBlank(message = "the topic is missing") String topic,
        @NotNull(message = "the level is missing")
        @Min(value = 1, message = "the level must be from 1 to 8")
        @Max(value = 8, message = "the level must be from 1 to 8") Integer level,
        @NotEmpty(message = "list at least one DigComp competence, like \"1.1\"")
        List<@NotNull(message = "the competence is empty")
        @Pattern(regexp = "\\d\\.\\d", message = "a competence is a DigComp code like \"1.1\"") String> competences,
        @NotNull(message = "the minutes are missing")
        @Positive(message = "the minutes must be more than 0") Integer minutes,
        @Min(value = 1, message = "mastery must be from 1 to 100")
        @Max(value = 100, message = "mastery must be from 1 to 100") Integer mastery,
        @NotNull(message = "the title is missing") @Valid LocalizedTextEntry title,
        @NotNull(message = "the summary is missing") @Valid LocalizedTextEntry summary,
        JsonNode steps) {

    static final String TEXT = "text";
    static final String IMAGE = "image";

    /** The value of {@code type:} for each kind of step, as authors write it. */
    static final List<String> STEP_TYPES = List.of(TEXT, IMAGE, "single-choice", "multiple-choice", "true-false",
            "fill-blanks", "order", "match", "browser-simulation", "password-simulation");

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = TextEntry.class, name = TEXT),
            @JsonSubTypes.Type(value = ImageEntry.class, name = IMAGE),
            @JsonSubTypes.Type(value = SingleChoiceEntry.class, name = "single-choice"),
            @JsonSubTypes.Type(value = MultipleChoiceEntry.class, name = "multiple-choice"),
            @JsonSubTypes.Type(value = TrueFalseEntry.class, name = "true-false"),
            @JsonSubTypes.Type(value = FillBlanksEntry.class, name = "fill-blanks"),
            @JsonSubTypes.Type(value = OrderEntry.class, name = "order"),
            @JsonSubTypes.Type(value = MatchEntry.class, name = "match"),
            @JsonSubTypes.Type(value = BrowserSimulationEntry.class, name = "browser-simulation"),
            @JsonSubTypes.Type(value = PasswordSimulationEntry.class, name = "password-simulation")
    })
    sealed interface StepEntry {
        String id();
    }

    record TextEntry(
            @ContentId String id,
            @NotBlank(message = "the file is missing; write the name of the .fr.md and .en.md files without "
                    + "the ending, like welcome") String file) implements StepEntry {
    }

    record ImageEntry(
            @ContentId String id,
            @NotBlank(message = "the picture's file name is missing") String image,
            @NotNull(message = "a picture needs alt: what it shows, for learners who cannot see it")
            @Valid LocalizedTextEntry alt,
            @Valid LocalizedTextEntry caption) implements StepEntry {
    }

    /** What every exercise has; the constraints sit on each record because records cannot share fields. */
    sealed interface ExerciseEntry extends StepEntry {
        LocalizedTextEntry prompt();

        FeedbackEntry feedback();

        LocalizedTextEntry hint();
    }

    record FeedbackEntry(
            @NotNull(message = "the feedback for a right answer is missing") @Valid LocalizedTextEntry right,
            @NotNull(message = "the feedback for a wrong answer is missing") @Valid LocalizedTextEntry wrong) {
    }

    record ChoiceEntry(
            @ContentId String id,
            @NotNull(message = "the choice's text is missing") @Valid LocalizedTextEntry text,
            Boolean correct) {

        boolean isCorrect() {
            return Boolean.TRUE.equals(correct);
        }
    }

    record SingleChoiceEntry(
            @ContentId String id,
            @NotNull(message = "the prompt is missing") @Valid LocalizedTextEntry prompt,
            @NotNull(message = "the choices are missing")
            @Size(min = 2, message = "a choice exercise needs at least two choices")
            List<@NotNull(message = "the choice is empty") @Valid ChoiceEntry> choices,
            @NotNull(message = "the feedback for a right and for a wrong answer is missing")
            @Valid FeedbackEntry feedback,
            @Valid LocalizedTextEntry hint) implements ExerciseEntry {
    }

    record MultipleChoiceEntry(
            @ContentId String id,
            @NotNull(message = "the prompt is missing") @Valid LocalizedTextEntry prompt,
            @NotNull(message = "the choices are missing")
            @Size(min = 2, message = "a choice exercise needs at least two choices")
            List<@NotNull(message = "the choice is empty") @Valid ChoiceEntry> choices,
            @NotNull(message = "the feedback for a right and for a wrong answer is missing")
            @Valid FeedbackEntry feedback,
            @Valid LocalizedTextEntry hint) implements ExerciseEntry {
    }

    record TrueFalseEntry(
            @ContentId String id,
            @NotNull(message = "the prompt is missing") @Valid LocalizedTextEntry prompt,
            @NotNull(message = "the answer is missing; write answer: true or answer: false") Boolean answer,
            @NotNull(message = "the feedback for a right and for a wrong answer is missing")
            @Valid FeedbackEntry feedback,
            @Valid LocalizedTextEntry hint) implements ExerciseEntry {
    }

    record FillBlanksEntry(
            @ContentId String id,
            @NotNull(message = "the prompt is missing") @Valid LocalizedTextEntry prompt,
            @NotNull(message = "the text with the blanks is missing") @Valid LocalizedTextEntry text,
            @NotNull(message = "the feedback for a right and for a wrong answer is missing")
            @Valid FeedbackEntry feedback,
            @Valid LocalizedTextEntry hint) implements ExerciseEntry {
    }

    record ItemEntry(
            @ContentId String id,
            @NotNull(message = "the item's text is missing") @Valid LocalizedTextEntry text) {
    }

    record OrderEntry(
            @ContentId String id,
            @NotNull(message = "the prompt is missing") @Valid LocalizedTextEntry prompt,
            @NotNull(message = "the items are missing")
            @Size(min = 2, message = "an order exercise needs at least two items")
            List<@NotNull(message = "the item is empty") @Valid ItemEntry> items,
            @NotNull(message = "the feedback for a right and for a wrong answer is missing")
            @Valid FeedbackEntry feedback,
            @Valid LocalizedTextEntry hint) implements ExerciseEntry {
    }

    record PairEntry(
            @ContentId String id,
            @NotNull(message = "the left side is missing") @Valid LocalizedTextEntry left,
            @NotNull(message = "the right side is missing") @Valid LocalizedTextEntry right) {
    }

    record MatchEntry(
            @ContentId String id,
            @NotNull(message = "the prompt is missing") @Valid LocalizedTextEntry prompt,
            @NotNull(message = "the pairs are missing")
            @Size(min = 2, message = "a match exercise needs at least two pairs")
            List<@NotNull(message = "the pair is empty") @Valid PairEntry> pairs,
            @NotNull(message = "the feedback for a right and for a wrong answer is missing")
            @Valid FeedbackEntry feedback,
            @Valid LocalizedTextEntry hint) implements ExerciseEntry {
    }

    // --- Simulations: each has a prompt, an optional scenario card, feedback, an optional hint, and graded steps ---

    record BrowserPageEntry(
            @ContentId String id,
            @NotBlank(message = "the page's address is missing, like www.mairie-bellecombe.fr") String address,
            @NotNull(message = "the page's title is missing") @Valid LocalizedTextEntry title,
            @Valid LocalizedTextEntry text,
            Boolean secure,
            String search,
            List<@NotNull(message = "the link is empty") @Valid BrowserLinkEntry> links) {
    }

    record BrowserLinkEntry(
            @ContentId String id,
            @NotNull(message = "the link's text is missing") @Valid LocalizedTextEntry text,
            @NotBlank(message = "the page the link leads to is missing: write to: and a page id") String to,
            Boolean ad) {
    }

    record BrowserStepEntry(
            @ContentId String id,
            @NotNull(message = "the step's label is missing: what she has to do, in a few words")
            @Valid LocalizedTextEntry label,
            @NotBlank(message = "the goal is missing: write visit, type-address, new-tab or padlock")
            @Pattern(regexp = "visit|type-address|new-tab|padlock",
                    message = "the goal must be visit, type-address, new-tab or padlock") String goal,
            @NotBlank(message = "the page of the goal is missing: write page: and a page id") String page,
            List<@NotBlank(message = "the page to avoid is empty") String> avoid,
            @NotNull(message = "the text for a wrong step is missing: say why it is wrong")
            @Valid LocalizedTextEntry wrong) {
    }

    record BrowserSimulationEntry(
            @ContentId String id,
            @NotNull(message = "the prompt is missing") @Valid LocalizedTextEntry prompt,
            @Valid LocalizedTextEntry scenario,
            @NotBlank(message = "the first page is missing: write start: and a page id") String start,
            @NotNull(message = "the pages are missing") @Size(min = 1, message = "a browser needs at least one page")
            List<@NotNull(message = "the page is empty") @Valid BrowserPageEntry> pages,
            @NotNull(message = "the steps to grade are missing")
            @Size(min = 1, message = "a simulation needs at least one step to grade")
            List<@NotNull(message = "the step is empty") @Valid BrowserStepEntry> steps,
            @NotNull(message = "the feedback for a right and for a wrong answer is missing")
            @Valid FeedbackEntry feedback,
            @Valid LocalizedTextEntry hint) implements ExerciseEntry {
    }

    record PasswordFactEntry(
            @ContentId String id,
            @NotNull(message = "the fact's label is missing: what it is, like \"Her first name\"")
            @Valid LocalizedTextEntry label,
            @NotBlank(message = "the fact's value is missing: how it is written, like Amina") String value) {
    }

    record PasswordStepEntry(
            @ContentId String id,
            @NotNull(message = "the step's label is missing: what she has to do, in a few words")
            @Valid LocalizedTextEntry label,
            @NotBlank(message = "the goal is missing: write strength, length, no-facts, confirm or keep")
            @Pattern(regexp = "strength|length|no-facts|confirm|keep",
                    message = "the goal must be strength, length, no-facts, confirm or keep") String goal,
            @NotNull(message = "the text for a wrong step is missing: say why it is wrong")
            @Valid LocalizedTextEntry wrong) {
    }

    record PasswordSimulationEntry(
            @ContentId String id,
            @NotNull(message = "the prompt is missing") @Valid LocalizedTextEntry prompt,
            @Valid LocalizedTextEntry scenario,
            List<@NotNull(message = "the fact is empty") @Valid PasswordFactEntry> facts,
            @NotNull(message = "the strength to reach is missing: write strength: and a number from 0 to 4")
            @Min(value = 0, message = "the strength must be from 0 to 4")
            @Max(value = 4, message = "the strength must be from 0 to 4") Integer strength,
            @Min(value = 1, message = "the length must be from 1 to 100")
            @Max(value = 100, message = "the length must be from 1 to 100") Integer length,
            List<@NotNull(message = "the way is empty") @Valid ChoiceEntry> ways,
            @NotNull(message = "the steps to grade are missing")
            @Size(min = 1, message = "a simulation needs at least one step to grade")
            List<@NotNull(message = "the step is empty") @Valid PasswordStepEntry> steps,
            @NotNull(message = "the feedback for a right and for a wrong answer is missing")
            @Valid FeedbackEntry feedback,
            @Valid LocalizedTextEntry hint) implements ExerciseEntry {
    }
}
