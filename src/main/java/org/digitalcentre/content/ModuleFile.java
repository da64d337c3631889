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

import java.math.BigDecimal;
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
            "fill-blanks", "order", "match", "browser-simulation", "spreadsheet-simulation",
            "e-service-simulation", "image-editor-simulation", "mailbox-simulation", "password-simulation",
            "mouse-keyboard-simulation", "word-processor-simulation");

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
            @JsonSubTypes.Type(value = SpreadsheetSimulationEntry.class, name = "spreadsheet-simulation"),
            @JsonSubTypes.Type(value = EServiceSimulationEntry.class, name = "e-service-simulation"),
            @JsonSubTypes.Type(value = ImageEditorSimulationEntry.class, name = "image-editor-simulation"),
            @JsonSubTypes.Type(value = MailboxSimulationEntry.class, name = "mailbox-simulation"),
            @JsonSubTypes.Type(value = PasswordSimulationEntry.class, name = "password-simulation"),
            @JsonSubTypes.Type(value = MouseKeyboardSimulationEntry.class, name = "mouse-keyboard-simulation"),
            @JsonSubTypes.Type(value = WordProcessorSimulationEntry.class, name = "word-processor-simulation")
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

    record SpreadsheetCellEntry(
            @NotBlank(message = "the cell is missing, like B2") String cell,
            @Valid LocalizedTextEntry text,
            BigDecimal number) {
    }

    record SpreadsheetStepEntry(
            @ContentId String id,
            @NotNull(message = "the step's label is missing: what she has to do, in a few words")
            @Valid LocalizedTextEntry label,
            @NotBlank(message = "the goal is missing: write value, formula or format")
            @Pattern(regexp = "value|formula|format", message = "the goal must be value, formula or format") String goal,
            @NotBlank(message = "the cell of the goal is missing, like B6") String cell,
            BigDecimal equals,
            @Pattern(regexp = "SUM|SOMME", message = "the only function is SUM (or SOMME)") String uses,
            @Pattern(regexp = "currency|number", message = "the format must be currency or number") String format,
            @NotNull(message = "the text for a wrong step is missing: say why it is wrong")
            @Valid LocalizedTextEntry wrong) {
    }

    record SpreadsheetSimulationEntry(
            @ContentId String id,
            @NotNull(message = "the prompt is missing") @Valid LocalizedTextEntry prompt,
            @Valid LocalizedTextEntry scenario,
            @NotNull(message = "the number of columns is missing")
            @Min(value = 1, message = "the columns must be from 1 to 8")
            @Max(value = 8, message = "the columns must be from 1 to 8") Integer columns,
            @NotNull(message = "the number of rows is missing")
            @Min(value = 1, message = "the rows must be from 1 to 20")
            @Max(value = 20, message = "the rows must be from 1 to 20") Integer rows,
            List<@NotNull(message = "the cell is empty") @Valid SpreadsheetCellEntry> cells,
            @NotNull(message = "the steps to grade are missing")
            @Size(min = 1, message = "a simulation needs at least one step to grade")
            List<@NotNull(message = "the step is empty") @Valid SpreadsheetStepEntry> steps,
            @NotNull(message = "the feedback for a right and for a wrong answer is missing")
            @Valid FeedbackEntry feedback,
            @Valid LocalizedTextEntry hint) implements ExerciseEntry {
    }

    record EServiceOptionEntry(
            @ContentId String id,
            @NotNull(message = "the answer's text is missing") @Valid LocalizedTextEntry text) {
    }

    record EServiceFieldEntry(
            @ContentId String id,
            @NotBlank(message = "the kind of field is missing: write text, date, postcode, social-security-number, "
                    + "email, phone, choice or document")
            @Pattern(regexp = "text|date|postcode|social-security-number|email|phone|choice|document",
                    message = "the kind must be text, date, postcode, social-security-number, email, phone, choice "
                            + "or document") String kind,
            @NotNull(message = "the field's label is missing: what the form asks, like Date of birth")
            @Valid LocalizedTextEntry label,
            String expected,
            Boolean required,
            List<@NotNull(message = "the answer is empty") @Valid EServiceOptionEntry> options,
            List<@NotBlank(message = "the file name is empty") String> files) {
    }

    record EServicePageEntry(
            @ContentId String id,
            @NotNull(message = "the page's title is missing") @Valid LocalizedTextEntry title,
            @NotNull(message = "the page's fields are missing")
            @Size(min = 1, message = "a page needs at least one field")
            List<@NotNull(message = "the field is empty") @Valid EServiceFieldEntry> fields) {
    }

    record EServiceStepEntry(
            @ContentId String id,
            @NotNull(message = "the step's label is missing: what she has to do, in a few words")
            @Valid LocalizedTextEntry label,
            @NotBlank(message = "the goal is missing: write create-account, sign-in, fill-page or submit")
            @Pattern(regexp = "create-account|sign-in|fill-page|submit",
                    message = "the goal must be create-account, sign-in, fill-page or submit") String goal,
            String page,
            @NotNull(message = "the text for a wrong step is missing: say why it is wrong")
            @Valid LocalizedTextEntry wrong) {
    }

    record EServiceSimulationEntry(
            @ContentId String id,
            @NotNull(message = "the prompt is missing") @Valid LocalizedTextEntry prompt,
            @Valid LocalizedTextEntry scenario,
            @NotNull(message = "the service's name is missing, like Mon Espace Allocations")
            @Valid LocalizedTextEntry service,
            @NotBlank(message = "the service's address is missing, like www.mes-allocations.fr") String address,
            List<@NotNull(message = "the field is empty") @Valid EServiceFieldEntry> account,
            @Pattern(regexp = "\\d{4,8}", message = "the code must be 4 to 8 digits, in quotes, like \"482913\"")
            String code,
            String identifier,
            String password,
            @NotNull(message = "the form's pages are missing")
            @Size(min = 1, message = "the form needs at least one page")
            List<@NotNull(message = "the page is empty") @Valid EServicePageEntry> pages,
            @NotNull(message = "the steps to grade are missing")
            @Size(min = 1, message = "a simulation needs at least one step to grade")
            List<@NotNull(message = "the step is empty") @Valid EServiceStepEntry> steps,
            @NotNull(message = "the feedback for a right and for a wrong answer is missing")
            @Valid FeedbackEntry feedback,
            @Valid LocalizedTextEntry hint) implements ExerciseEntry {
    }

    record ImageAreaEntry(
            @NotNull(message = "left is missing: the pixels from the picture's left edge") @Min(value = 0,
                    message = "left must be 0 or more") Integer left,
            @NotNull(message = "top is missing: the pixels from the picture's top edge") @Min(value = 0,
                    message = "top must be 0 or more") Integer top,
            @NotNull(message = "the width is missing, in pixels")
            @Positive(message = "the width must be more than 0") Integer width,
            @NotNull(message = "the height is missing, in pixels")
            @Positive(message = "the height must be more than 0") Integer height) {
    }

    record ImageEditorStepEntry(
            @ContentId String id,
            @NotNull(message = "the step's label is missing: what she has to do, in a few words")
            @Valid LocalizedTextEntry label,
            @NotBlank(message = "the goal is missing: write rotate, crop, resize, format or file-size")
            @Pattern(regexp = "rotate|crop|resize|format|file-size",
                    message = "the goal must be rotate, crop, resize, format or file-size") String goal,
            Integer degrees,
            @Valid ImageAreaEntry keep,
            @Positive(message = "most must be more than 0") Integer most,
            @Positive(message = "least must be more than 0") Integer least,
            @Pattern(regexp = "jpg|png", message = "the format must be jpg or png") String format,
            @NotNull(message = "the text for a wrong step is missing: say why it is wrong")
            @Valid LocalizedTextEntry wrong) {
    }

    record ImageEditorSimulationEntry(
            @ContentId String id,
            @NotNull(message = "the prompt is missing") @Valid LocalizedTextEntry prompt,
            @Valid LocalizedTextEntry scenario,
            @NotBlank(message = "the picture is missing: write picture: and a png or jpg file of the module")
            String picture,
            @NotNull(message = "the picture needs alt: what it shows, for learners who cannot see it")
            @Valid LocalizedTextEntry alt,
            @NotNull(message = "the steps to grade are missing")
            @Size(min = 1, message = "a simulation needs at least one step to grade")
            List<@NotNull(message = "the step is empty") @Valid ImageEditorStepEntry> steps,
            @NotNull(message = "the feedback for a right and for a wrong answer is missing")
            @Valid FeedbackEntry feedback,
            @Valid LocalizedTextEntry hint) implements ExerciseEntry {
    }

    record MailboxClueEntry(
            @ContentId String id,
            @NotBlank(message = "the sign is missing: write sender, link, urgency or spelling")
            @Pattern(regexp = "sender|link|urgency|spelling",
                    message = "the sign must be sender, link, urgency or spelling") String sign,
            @NotNull(message = "the clue's text is missing: copy the words of the message it covers")
            @Valid LocalizedTextEntry text) {
    }

    record MailboxMessageEntry(
            @ContentId String id,
            @NotBlank(message = "the kind of message is missing: write email or sms")
            @Pattern(regexp = "email|sms", message = "the kind must be email or sms") String kind,
            @NotBlank(message = "the sender is missing: an address like sophie.martin@bellecombe-emploi.fr, "
                    + "or a phone number") String from,
            @Valid LocalizedTextEntry subject,
            @NotNull(message = "the message's text is missing") @Valid LocalizedTextEntry body,
            Boolean scam,
            List<@NotNull(message = "the clue is empty") @Valid MailboxClueEntry> clues) {
    }

    record MailboxStepEntry(
            @ContentId String id,
            @NotNull(message = "the step's label is missing: what she has to do, in a few words")
            @Valid LocalizedTextEntry label,
            @NotBlank(message = "the goal is missing: write sort, clues, write, reply or forward")
            @Pattern(regexp = "sort|clues|write|reply|forward",
                    message = "the goal must be sort, clues, write, reply or forward") String goal,
            String message,
            String to,
            List<@NotBlank(message = "the word is empty") String> words,
            String attach,
            @NotNull(message = "the text for a wrong step is missing: say why it is wrong")
            @Valid LocalizedTextEntry wrong) {
    }

    record MailboxSimulationEntry(
            @ContentId String id,
            @NotNull(message = "the prompt is missing") @Valid LocalizedTextEntry prompt,
            @Valid LocalizedTextEntry scenario,
            @NotNull(message = "the messages are missing")
            @Size(min = 1, message = "a mailbox needs at least one message")
            List<@NotNull(message = "the message is empty") @Valid MailboxMessageEntry> messages,
            List<@NotBlank(message = "the file name is empty") String> files,
            @NotNull(message = "the steps to grade are missing")
            @Size(min = 1, message = "a simulation needs at least one step to grade")
            List<@NotNull(message = "the step is empty") @Valid MailboxStepEntry> steps,
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

    record MouseKeyboardStepEntry(
            @ContentId String id,
            @NotNull(message = "the step's label is missing: what she has to do, in a few words")
            @Valid LocalizedTextEntry label,
            @NotBlank(message = "the goal is missing: write click, double-click, right-click, drag, scroll or type")
            @Pattern(regexp = "click|double-click|right-click|drag|scroll|type",
                    message = "the goal must be click, double-click, right-click, drag, scroll or type") String goal,
            @Valid LocalizedTextEntry target,
            @Valid LocalizedTextEntry to,
            @Size(max = 80, message = "the line to type must be at most 80 characters") String text,
            @NotNull(message = "the text for a wrong step is missing: say why it is wrong")
            @Valid LocalizedTextEntry wrong) {
    }

    record MouseKeyboardSimulationEntry(
            @ContentId String id,
            @NotNull(message = "the prompt is missing") @Valid LocalizedTextEntry prompt,
            @Valid LocalizedTextEntry scenario,
            @NotNull(message = "the steps to grade are missing")
            @Size(min = 1, message = "a simulation needs at least one step to grade")
            List<@NotNull(message = "the step is empty") @Valid MouseKeyboardStepEntry> steps,
            @NotNull(message = "the feedback for a right and for a wrong answer is missing")
            @Valid FeedbackEntry feedback,
            @Valid LocalizedTextEntry hint) implements ExerciseEntry {
    }

    record WordParagraphEntry(
            @Pattern(regexp = "normal|heading|bullet", message = "the style must be normal, heading or bullet")
            String style,
            @Pattern(regexp = "normal|large", message = "the size must be normal or large") String size,
            @NotBlank(message = "the paragraph's text is missing; write **word** for a bold word") String text) {
    }

    record WordStepEntry(
            @ContentId String id,
            @NotNull(message = "the step's label is missing: what she has to do, in a few words")
            @Valid LocalizedTextEntry label,
            @NotBlank(message = "the goal is missing: write text, bold, heading, bullets, large or saved-as")
            @Pattern(regexp = "text|bold|heading|bullets|large|saved-as",
                    message = "the goal must be text, bold, heading, bullets, large or saved-as") String goal,
            String block,
            List<@NotBlank(message = "the words are empty") String> has,
            List<@NotBlank(message = "the words are empty") String> without,
            List<@NotBlank(message = "the words are empty") String> words,
            List<@NotBlank(message = "the line is empty") String> lines,
            String name,
            @NotNull(message = "the text for a wrong step is missing: say why it is wrong")
            @Valid LocalizedTextEntry wrong) {
    }

    record WordProcessorSimulationEntry(
            @ContentId String id,
            @NotNull(message = "the prompt is missing") @Valid LocalizedTextEntry prompt,
            @Valid LocalizedTextEntry scenario,
            @NotNull(message = "the document is missing: list its paragraphs under document:")
            @Size(min = 1, max = 40, message = "the document must have 1 to 40 paragraphs")
            List<@NotNull(message = "the paragraph is empty") @Valid WordParagraphEntry> document,
            @NotNull(message = "the steps to grade are missing")
            @Size(min = 1, message = "a simulation needs at least one step to grade")
            List<@NotNull(message = "the step is empty") @Valid WordStepEntry> steps,
            @NotNull(message = "the feedback for a right and for a wrong answer is missing")
            @Valid FeedbackEntry feedback,
            @Valid LocalizedTextEntry hint) implements ExerciseEntry {
    }
}
