package org.digitalcentre.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.digitalcentre.content.ModuleFile.BrowserLinkEntry;
import org.digitalcentre.content.ModuleFile.BrowserPageEntry;
import org.digitalcentre.content.ModuleFile.BrowserSimulationEntry;
import org.digitalcentre.content.ModuleFile.BrowserStepEntry;
import org.digitalcentre.content.ModuleFile.ChoiceEntry;
import org.digitalcentre.content.ModuleFile.EServiceFieldEntry;
import org.digitalcentre.content.ModuleFile.EServiceOptionEntry;
import org.digitalcentre.content.ModuleFile.EServicePageEntry;
import org.digitalcentre.content.ModuleFile.EServiceSimulationEntry;
import org.digitalcentre.content.ModuleFile.EServiceStepEntry;
import org.digitalcentre.content.ModuleFile.ExerciseEntry;
import org.digitalcentre.content.ModuleFile.FeedbackEntry;
import org.digitalcentre.content.ModuleFile.FillBlanksEntry;
import org.digitalcentre.content.ModuleFile.ImageEditorSimulationEntry;
import org.digitalcentre.content.ModuleFile.ImageEditorStepEntry;
import org.digitalcentre.content.ModuleFile.ImageEntry;
import org.digitalcentre.content.ModuleFile.ItemEntry;
import org.digitalcentre.content.ModuleFile.MailboxClueEntry;
import org.digitalcentre.content.ModuleFile.MailboxMessageEntry;
import org.digitalcentre.content.ModuleFile.MailboxSimulationEntry;
import org.digitalcentre.content.ModuleFile.MailboxStepEntry;
import org.digitalcentre.content.ModuleFile.MatchEntry;
import org.digitalcentre.content.ModuleFile.MouseKeyboardSimulationEntry;
import org.digitalcentre.content.ModuleFile.MouseKeyboardStepEntry;
import org.digitalcentre.content.ModuleFile.MultipleChoiceEntry;
import org.digitalcentre.content.ModuleFile.OrderEntry;
import org.digitalcentre.content.ModuleFile.PairEntry;
import org.digitalcentre.content.ModuleFile.PasswordFactEntry;
import org.digitalcentre.content.ModuleFile.PasswordSimulationEntry;
import org.digitalcentre.content.ModuleFile.PasswordStepEntry;
import org.digitalcentre.content.ModuleFile.SingleChoiceEntry;
import org.digitalcentre.content.ModuleFile.SpreadsheetCellEntry;
import org.digitalcentre.content.ModuleFile.SpreadsheetSimulationEntry;
import org.digitalcentre.content.ModuleFile.SpreadsheetStepEntry;
import org.digitalcentre.content.ModuleFile.StepEntry;
import org.digitalcentre.content.ModuleFile.TextEntry;
import org.digitalcentre.content.ModuleFile.TrueFalseEntry;
import org.digitalcentre.content.ModuleFile.WordParagraphEntry;
import org.digitalcentre.content.ModuleFile.WordProcessorSimulationEntry;
import org.digitalcentre.content.ModuleFile.WordStepEntry;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads one module folder: its {@code module.yaml}, the texts and pictures it names, and its version. Checks
 * everything content/README.md promises to catch; a module with any problem is not built.
 */
final class ModuleReader {

    static final String MODULE_FILE = "module.yaml";
    private static final List<String> PICTURE_ENDINGS = List.of(".svg", ".png", ".jpg", ".jpeg", ".webp");
    /** The YAML fields the app shows as Markdown. */
    private static final Set<String> MARKDOWN_FIELDS = Set.of("prompt", "hint", "scenario", "text");
    static final List<String> AUDIO_ENDINGS = List.of(".mp3", ".ogg", ".wav");
    private static final String AUDIO = "audio";

    /**
     * What reading one module folder gave: the module, or why it was left out (then {@code module} is null), and
     * warnings that leave nothing out (a module only partly translated into an optional language).
     */
    record Reading(String folderName, String file, String declaredId, Module module, List<ContentProblem> problems,
                   List<ContentProblem> warnings) {

        Reading {
            problems = List.copyOf(problems);
            warnings = List.copyOf(warnings);
        }

        Reading(String folderName, String file, String declaredId, Module module, List<ContentProblem> problems) {
            this(folderName, file, declaredId, module, problems, List.of());
        }

        Reading leftOutBecause(String field, String message) {
            List<ContentProblem> more = new ArrayList<>(problems);
            more.add(new ContentProblem(file, field, message));
            return new Reading(folderName, file, declaredId, null, more);
        }
    }

    private final ContentYamlReader yaml;
    private final List<String> topicIds;

    ModuleReader(ContentYamlReader yaml, List<String> topicIds) {
        this.yaml = yaml;
        this.topicIds = List.copyOf(topicIds);
    }

    /** @param moduleFolder an absolute, normalized folder under {@code modules/} */
    Reading read(Path moduleFolder) {
        String folderName = moduleFolder.getFileName().toString();
        FileProblems problems = new FileProblems("modules/" + folderName + "/" + MODULE_FILE);
        Optional<JsonNode> tree = yaml.readTree(moduleFolder.resolve(MODULE_FILE), problems);
        if (tree.isEmpty()) {
            return new Reading(folderName, problems.file(), null, null, problems.list());
        }
        JsonNode idNode = tree.get().get("id");
        String declaredId = idNode != null && idNode.isTextual() ? idNode.asText() : null;

        Optional<ModuleFile> header = yaml.readEntry(tree.get(), ModuleFile.class, "", problems);
        header.ifPresent(h -> checkHeader(h, folderName, problems));
        Map<String, Map<String, Path>> readAloud = new HashMap<>();
        List<Step> steps = readSteps(tree.get().get("steps"), moduleFolder, problems, readAloud);
        checkMarkdownFields(tree.get().get("steps"), "steps", problems);

        if (header.isEmpty() || !problems.isEmpty()) {
            return new Reading(folderName, problems.file(), declaredId, null, problems.list());
        }
        String version;
        try {
            version = ModuleVersion.of(moduleFolder);
        } catch (IOException e) {
            problems.add("", "the module's files cannot be read: " + e.getMessage());
            return new Reading(folderName, problems.file(), declaredId, null, problems.list());
        }
        ModuleFile h = header.get();
        // A module is in an optional language only when all its texts are: a learner then never reads a mix.
        List<String> textLanguages = new ArrayList<>(ContentLanguages.REQUIRED);
        List<ContentProblem> warnings = new ArrayList<>();
        for (String language : ContentLanguages.OPTIONAL) {
            MissingTexts.Found found = MissingTexts.in(tree.get(), moduleFolder, language);
            if (found.complete()) {
                textLanguages.add(language);
            } else if (found.partial()) {
                warnings.add(new ContentProblem(problems.file(), found.missing().get(0), found.warning()));
            }
        }
        Module module = new Module(h.id(), h.topic(), h.level(), h.competences(), h.minutes(),
                h.mastery() == null ? Module.DEFAULT_MASTERY_PERCENT : h.mastery(),
                h.title().toLocalizedText(), h.summary().toLocalizedText(), steps, version, moduleFolder, readAloud,
                textLanguages);
        return new Reading(folderName, problems.file(), declaredId, module, problems.list(), warnings);
    }

    private void checkHeader(ModuleFile header, String folderName, FileProblems problems) {
        if (header.id() != null && !header.id().equals(folderName)) {
            problems.add("id", "the id '" + header.id() + "' is not the same as the folder's name '" + folderName
                    + "'; they must be the same");
        }
        if (header.topic() != null && !header.topic().isBlank() && !topicIds.contains(header.topic())) {
            problems.add("topic", topicIds.isEmpty()
                    ? "unknown topic '" + header.topic() + "': topics.yaml has no valid topics"
                    : "unknown topic '" + header.topic() + "'; the topics are " + String.join(", ", topicIds));
        }
    }

    private List<Step> readSteps(JsonNode stepsNode, Path moduleFolder, FileProblems problems,
                                 Map<String, Map<String, Path>> readAloud) {
        if (stepsNode == null || stepsNode.isNull()) {
            problems.add("steps", "the steps are missing; a module needs at least one exercise");
            return List.of();
        }
        if (!stepsNode.isArray()) {
            problems.add("steps", "the steps must be a list, each step starting with -");
            return List.of();
        }
        List<Step> steps = new ArrayList<>();
        List<String> stepIds = new ArrayList<>();
        boolean hasExercise = false;
        for (int i = 0; i < stepsNode.size(); i++) {
            JsonNode node = stepsNode.get(i);
            String field = "steps[" + i + "]";
            // Read from the raw tree so a broken step still counts: no misleading "no exercise" or lost id.
            String id = textOf(node, "id");
            stepIds.add(id);
            String type = textOf(node, "type");
            hasExercise |= type != null && ModuleFile.STEP_TYPES.contains(type)
                    && !type.equals(ModuleFile.TEXT) && !type.equals(ModuleFile.IMAGE);
            // Any kind of step may have a recording: it is read here, and the rest of the step by its kind.
            if (node instanceof ObjectNode object && object.has(AUDIO)) {
                Map<String, Path> recordings = readAloud(object.get(AUDIO), field + "." + AUDIO, moduleFolder,
                        problems);
                if (id != null && !recordings.isEmpty()) {
                    readAloud.put(id, recordings);
                }
                node = object.deepCopy().without(AUDIO);
            }
            readStep(node, field, moduleFolder, problems).ifPresent(steps::add);
        }
        problems.addRepeatedIds("steps", stepIds);
        if (!hasExercise) {
            problems.add("steps", "the module has no exercise; it needs at least one");
        }
        return steps;
    }

    /** {@code audio: { fr: welcome.fr.mp3, en: welcome.en.mp3, ar: welcome.ar.mp3 }}: any language may be left out. */
    private static Map<String, Path> readAloud(JsonNode audio, String field, Path moduleFolder, FileProblems problems) {
        if (!audio.isObject() || audio.isEmpty()) {
            problems.add(field, "write the sound files by language, like fr: welcome.fr.mp3 and en: welcome.en.mp3");
            return Map.of();
        }
        Map<String, Path> recordings = new HashMap<>();
        audio.properties().forEach(entry -> {
            String languageField = field + "." + entry.getKey();
            if (!ContentLanguages.ALL.contains(entry.getKey())) {
                problems.add(languageField, "unknown language '" + entry.getKey() + "'; write "
                        + ContentLanguages.written());
                return;
            }
            if (!entry.getValue().isTextual() || entry.getValue().asText().isBlank()) {
                problems.add(languageField, "write the name of a sound file, like welcome.fr.mp3");
                return;
            }
            String name = entry.getValue().asText().strip();
            String lowerCase = name.toLowerCase(Locale.ROOT);
            if (AUDIO_ENDINGS.stream().noneMatch(lowerCase::endsWith)) {
                problems.add(languageField, "'" + name + "' is not a sound file: use an mp3, ogg or wav file");
                return;
            }
            fileInModule(moduleFolder, name, languageField, problems)
                    .ifPresent(file -> recordings.put(entry.getKey(), file));
        });
        return recordings;
    }

    private static String textOf(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }

    private Optional<Step> readStep(JsonNode node, String field, Path moduleFolder, FileProblems problems) {
        int problemsBefore = problems.count();
        Optional<StepEntry> entry = yaml.readEntry(node, StepEntry.class, field, problems);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        // The checks run even after a failed constraint, so the author sees every mistake at once; the step is
        // built only when none was found, as only then is every required field there.
        StepEntry read = entry.get();
        Step step;
        if (read instanceof TextEntry text) {
            step = textStep(text, field, moduleFolder, problems);
        } else if (read instanceof ImageEntry image) {
            step = imageStep(image, field, moduleFolder, problems, problemsBefore);
        } else if (read instanceof ImageEditorSimulationEntry editor) {
            step = imageEditor(editor, field, moduleFolder, problems, problemsBefore);
        } else {
            checkExercise((ExerciseEntry) read, field, problems);
            step = problems.count() == problemsBefore ? toExercise((ExerciseEntry) read) : null;
        }
        return problems.count() == problemsBefore ? Optional.ofNullable(step) : Optional.empty();
    }

    private TextStep textStep(TextEntry entry, String field, Path moduleFolder, FileProblems problems) {
        if (entry.file() == null || entry.file().isBlank()) {
            return null;
        }
        String name = entry.file().strip();
        if (name.endsWith(".md")) {
            problems.add(field + ".file", "write the name without its ending: '" + name.replaceAll(
                    "(\\.(" + String.join("|", ContentLanguages.ALL) + "))?\\.md$", "")
                    + "' reads the .fr.md and .en.md files");
            return null;
        }
        if (!staysInFolder(name, field + ".file", problems)) {
            return null;
        }
        Map<String, String> markdown = new HashMap<>();
        for (String language : ContentLanguages.REQUIRED) {
            String fileName = name + "." + language + ".md";
            fileInModule(moduleFolder, fileName, field + ".file", problems)
                    .flatMap(file -> readMarkdown(file, fileName, field + ".file", problems))
                    .ifPresent(text -> markdown.put(language, text));
        }
        if (markdown.size() != ContentLanguages.REQUIRED.size()) {
            return null;
        }
        // An optional language's file is read when it is there; MissingTexts tells the author when it is not.
        for (String language : ContentLanguages.OPTIONAL) {
            String fileName = name + "." + language + ".md";
            if (Files.isRegularFile(moduleFolder.resolve(fileName))) {
                fileInModule(moduleFolder, fileName, field + ".file", problems)
                        .flatMap(file -> readMarkdown(file, fileName, field + ".file", problems))
                        .ifPresent(text -> markdown.put(language, text));
            }
        }
        return new TextStep(entry.id(), new LocalizedText(markdown), name);
    }

    private static Optional<String> readMarkdown(Path file, String fileName, String field, FileProblems problems) {
        try {
            String text = ContentYamlReader.withoutByteOrderMark(Files.readString(file, StandardCharsets.UTF_8));
            if (text.isBlank()) {
                problems.add(field, "the file " + fileName + " is empty");
                return Optional.empty();
            }
            OutsideReferences.inMarkdown(text).forEach(found -> problems.add(field, fileName + ", " + found));
            return Optional.of(text);
        } catch (CharacterCodingException e) {
            problems.add(field, "the file " + fileName + " is not saved as UTF-8; save it again with UTF-8");
        } catch (IOException e) {
            problems.add(field, "the file " + fileName + " cannot be read: " + e.getMessage());
        }
        return Optional.empty();
    }

    /** Refuses absolute paths and {@code ..} as written, before any file is looked at. */
    private static boolean staysInFolder(String name, String field, FileProblems problems) {
        if (name.startsWith("/") || name.startsWith("\\") || name.matches("[A-Za-z]:.*")) {
            problems.add(field, "'" + name + "' is an absolute path; write the name of a file in the module's folder");
            return false;
        }
        if (List.of(name.split("[/\\\\]")).contains("..")) {
            problems.add(field, "'" + name + "' leaves the module's folder; write the name of a file in it");
            return false;
        }
        return true;
    }

    private ImageStep imageStep(ImageEntry entry, String field, Path moduleFolder, FileProblems problems,
                                int problemsBefore) {
        if (entry.image() == null || entry.image().isBlank()) {
            return null;
        }
        String name = entry.image().strip();
        String lowerCase = name.toLowerCase(Locale.ROOT);
        if (PICTURE_ENDINGS.stream().noneMatch(lowerCase::endsWith)) {
            problems.add(field + ".image", "'" + name + "' is not a picture: use an svg, png, jpg, jpeg or webp file");
            return null;
        }
        Optional<Path> file = fileInModule(moduleFolder, name, field + ".image", problems);
        if (file.isPresent() && lowerCase.endsWith(".svg")) {
            checkSvg(file.get(), name, field + ".image", problems);
        }
        if (file.isEmpty() || problems.count() != problemsBefore) {
            return null;
        }
        return new ImageStep(entry.id(), file.get(), entry.alt().toLocalizedText(),
                entry.caption() == null ? null : entry.caption().toLocalizedText());
    }

    /** An SVG is a program as much as a picture: refuse one that could run a script or load from elsewhere. */
    private static void checkSvg(Path file, String name, String field, FileProblems problems) {
        try {
            String svg = Files.readString(file, StandardCharsets.UTF_8);
            OutsideReferences.inSvg(svg).forEach(found -> problems.add(field, name + ", " + found));
        } catch (CharacterCodingException e) {
            problems.add(field, "the picture " + name + " is not saved as UTF-8; save it again with UTF-8");
        } catch (IOException e) {
            problems.add(field, "the picture " + name + " cannot be read: " + e.getMessage());
        }
    }

    /**
     * The YAML fields shown as Markdown (prompts, hints, scenarios, the texts of a simulation's pages) may not lead
     * or load from outside the app either. Looks through every step, however deep the field is.
     */
    private static void checkMarkdownFields(JsonNode node, String path, FileProblems problems) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkMarkdownFields(node.get(i), path + "[" + i + "]", problems);
            }
        } else if (node.isObject()) {
            node.fields().forEachRemaining(entry -> {
                String fieldPath = path + "." + entry.getKey();
                JsonNode value = entry.getValue();
                if (MARKDOWN_FIELDS.contains(entry.getKey())) {
                    if (value.isTextual()) {
                        OutsideReferences.inMarkdown(value.asText()).forEach(found -> problems.add(fieldPath, found));
                    } else if (value.isObject()) {
                        value.fields().forEachRemaining(language -> {
                            if (language.getValue().isTextual()) {
                                OutsideReferences.inMarkdown(language.getValue().asText()).forEach(found ->
                                        problems.add(fieldPath + "." + language.getKey(), found));
                            }
                        });
                    }
                }
                checkMarkdownFields(value, fieldPath, problems);
            });
        }
    }

    /**
     * The file an author named, if it exists inside the module's folder. Paths that leave the folder are refused:
     * a module is copied as one folder, and the app must never serve a file from elsewhere.
     */
    private static Optional<Path> fileInModule(Path moduleFolder, String name, String field, FileProblems problems) {
        if (!staysInFolder(name, field, problems)) {
            return Optional.empty();
        }
        try {
            Path file = moduleFolder.resolve(name).normalize();
            if (!file.startsWith(moduleFolder) || file.equals(moduleFolder)) {
                problems.add(field, "'" + name + "' is not a file in the module's folder");
                return Optional.empty();
            }
            if (!Files.isRegularFile(file)) {
                problems.add(field, "the file " + name + " does not exist beside " + MODULE_FILE);
                return Optional.empty();
            }
            // A link may still point outside the folder.
            if (!file.toRealPath().startsWith(moduleFolder.toRealPath())) {
                problems.add(field, "'" + name + "' is a link to a file outside the module's folder");
                return Optional.empty();
            }
            return Optional.of(file);
        } catch (InvalidPathException e) {
            problems.add(field, "'" + name + "' is not a valid file name");
        } catch (IOException e) {
            problems.add(field, "the file " + name + " cannot be read: " + e.getMessage());
        }
        return Optional.empty();
    }

    private static void checkExercise(ExerciseEntry entry, String field, FileProblems problems) {
        if (entry instanceof SingleChoiceEntry single) {
            checkChoices(single.choices(), field, problems, true);
        } else if (entry instanceof MultipleChoiceEntry multiple) {
            checkChoices(multiple.choices(), field, problems, false);
        } else if (entry instanceof FillBlanksEntry fillBlanks) {
            checkBlanks(fillBlanks.text(), field + ".text", problems);
        } else if (entry instanceof OrderEntry order && order.items() != null) {
            problems.addRepeatedIds(field + ".items", idsOf(order.items(), ItemEntry::id));
        } else if (entry instanceof MatchEntry match && match.pairs() != null) {
            problems.addRepeatedIds(field + ".pairs", idsOf(match.pairs(), PairEntry::id));
        } else if (entry instanceof BrowserSimulationEntry browser) {
            checkBrowser(browser, field, problems);
        } else if (entry instanceof SpreadsheetSimulationEntry sheet) {
            checkSpreadsheet(sheet, field, problems);
        } else if (entry instanceof EServiceSimulationEntry eService) {
            checkEService(eService, field, problems);
        } else if (entry instanceof MailboxSimulationEntry mailbox) {
            checkMailbox(mailbox, field, problems);
        } else if (entry instanceof PasswordSimulationEntry password) {
            checkPassword(password, field, problems);
        } else if (entry instanceof MouseKeyboardSimulationEntry practice) {
            checkMouseKeyboard(practice, field, problems);
        } else if (entry instanceof WordProcessorSimulationEntry wordProcessor) {
            checkWordProcessor(wordProcessor, field, problems);
        }
    }

    /** Cells are in the sheet, given once, with a text or a number; each step has what its goal needs. */
    private static void checkSpreadsheet(SpreadsheetSimulationEntry sheet, String field, FileProblems problems) {
        if (sheet.columns() == null || sheet.rows() == null || sheet.steps() == null) {
            return;
        }
        String size = sheet.columns() + " columns (A to " + (char) ('A' + sheet.columns() - 1) + ") and "
                + sheet.rows() + " rows";
        List<String> given = new ArrayList<>();
        if (sheet.cells() != null) {
            for (int i = 0; i < sheet.cells().size(); i++) {
                SpreadsheetCellEntry cell = sheet.cells().get(i);
                String cellField = field + ".cells[" + i + "]";
                if (cell == null || cell.cell() == null) {
                    continue;
                }
                if (!SpreadsheetSimulation.inGrid(cell.cell(), sheet.columns(), sheet.rows())) {
                    problems.add(cellField + ".cell", "'" + cell.cell() + "' is not a cell of the sheet: it has "
                            + size + "; write a capital letter then the row, like B2");
                }
                if ((cell.text() == null) == (cell.number() == null)) {
                    problems.add(cellField, "a cell has either a text or a number");
                }
                given.add(cell.cell());
            }
            problems.addRepeatedIds(field + ".cells", given);
        }
        problems.addRepeatedIds(field + ".steps", idsOf(sheet.steps(), SpreadsheetStepEntry::id));
        for (int i = 0; i < sheet.steps().size(); i++) {
            SpreadsheetStepEntry step = sheet.steps().get(i);
            String stepField = field + ".steps[" + i + "]";
            if (step == null || step.goal() == null || step.cell() == null) {
                continue;
            }
            if (!SpreadsheetSimulation.inGrid(step.cell(), sheet.columns(), sheet.rows())) {
                problems.add(stepField + ".cell", "'" + step.cell() + "' is not a cell of the sheet: it has " + size);
            } else if (given.contains(step.cell())) {
                problems.add(stepField + ".cell", "the cell " + step.cell()
                        + " is filled by the file: she cannot change it; choose an empty cell");
            }
            if (step.goal().equals("value") && step.equals() == null) {
                problems.add(stepField + ".equals", "write the number the cell must hold, like equals: 450");
            }
            if (step.goal().equals("formula") && step.equals() == null && step.uses() == null) {
                problems.add(stepField + ".equals", "write the number the formula must give, like equals: 855, "
                        + "or the function it must use, like uses: SUM");
            }
            if (step.goal().equals("format") && step.format() == null) {
                problems.add(stepField + ".format", "write the format the cell must have: currency or number");
            }
        }
    }

    /** Every page, link and step points at pages the simulation has; ids are not repeated. */
    private static void checkBrowser(BrowserSimulationEntry browser, String field, FileProblems problems) {
        if (browser.pages() == null || browser.steps() == null) {
            return;
        }
        List<String> pageIds = idsOf(browser.pages(), BrowserPageEntry::id);
        problems.addRepeatedIds(field + ".pages", pageIds);
        problems.addRepeatedIds(field + ".steps", idsOf(browser.steps(), BrowserStepEntry::id));
        checkPage(browser.start(), pageIds, field + ".start", problems);
        for (int p = 0; p < browser.pages().size(); p++) {
            BrowserPageEntry page = browser.pages().get(p);
            String pageField = field + ".pages[" + p + "]";
            if (page == null) {
                continue;
            }
            checkPage(page.search(), pageIds, pageField + ".search", problems);
            if (page.links() != null) {
                problems.addRepeatedIds(pageField + ".links", idsOf(page.links(), BrowserLinkEntry::id));
                for (int l = 0; l < page.links().size(); l++) {
                    BrowserLinkEntry link = page.links().get(l);
                    if (link != null) {
                        checkPage(link.to(), pageIds, pageField + ".links[" + l + "].to", problems);
                    }
                }
            }
        }
        for (int i = 0; i < browser.steps().size(); i++) {
            BrowserStepEntry step = browser.steps().get(i);
            if (step == null) {
                continue;
            }
            String stepField = field + ".steps[" + i + "]";
            checkPage(step.page(), pageIds, stepField + ".page", problems);
            if (step.avoid() != null) {
                for (int a = 0; a < step.avoid().size(); a++) {
                    checkPage(step.avoid().get(a), pageIds, stepField + ".avoid[" + a + "]", problems);
                }
            }
        }
    }

    /** A page id written by the author must be one of the simulation's pages; null means not written. */
    private static void checkPage(String pageId, List<String> pageIds, String field, FileProblems problems) {
        if (pageId != null && !pageId.isBlank() && !pageIds.contains(pageId)) {
            problems.add(field, "there is no page '" + pageId + "'; the pages are " + String.join(", ",
                    pageIds.stream().filter(Objects::nonNull).toList()));
        }
    }

    private static void checkChoices(List<ChoiceEntry> choices, String field, FileProblems problems,
                                     boolean exactlyOneRight) {
        if (choices == null) {
            return;
        }
        problems.addRepeatedIds(field + ".choices", idsOf(choices, ChoiceEntry::id));
        long right = choices.stream().filter(Objects::nonNull).filter(ChoiceEntry::isCorrect).count();
        if (exactlyOneRight && right != 1) {
            problems.add(field + ".choices", "needs exactly one right answer (correct: true), found " + right);
        } else if (!exactlyOneRight && right == 0) {
            problems.add(field + ".choices", "needs at least one right answer (correct: true), found none");
        }
    }

    private static void checkBlanks(LocalizedTextEntry text, String field, FileProblems problems) {
        if (text == null || text.fr() == null || text.en() == null || text.fr().isBlank() || text.en().isBlank()) {
            return;
        }
        // Split by the record the player uses, so the check and the exercise agree on what a blank is.
        FillBlanksExercise sentence = new FillBlanksExercise(null, null, text.toLocalizedText(), null, null);
        Map<String, Integer> blankCounts = new HashMap<>();
        List<String> languages = ContentLanguages.ALL.stream().filter(language -> text.in(language) != null).toList();
        for (String language : languages) {
            String languageField = field + "." + language;
            List<FillBlanksExercise.Part> parts = sentence.parts(language);
            int blanks = 0;
            for (FillBlanksExercise.Part part : parts) {
                if (part instanceof FillBlanksExercise.Blank blank) {
                    blanks++;
                    if (blank.accepted().isEmpty()) {
                        problems.add(languageField, "blank " + blanks + " has no answer in it; write it like [[word]]");
                    }
                } else if (part instanceof FillBlanksExercise.Words words
                        && (words.text().contains("[[") || words.text().contains("]]"))) {
                    problems.add(languageField, "a blank is not closed; write each blank as [[word]]");
                }
            }
            if (blanks == 0) {
                problems.add(languageField, "the " + languageName(language)
                        + " text has no blank; put each missing word between [[ and ]]");
            }
            blankCounts.put(language, blanks);
        }
        int french = blankCounts.get(ContentLanguages.FRENCH);
        for (String language : languages.subList(1, languages.size())) {
            int other = blankCounts.get(language);
            if (french > 0 && other > 0 && french != other) {
                problems.add(field, "the French text has " + french + " blanks and the " + languageName(language)
                        + " text has " + other + "; both need the same number");
            }
        }
    }

    private static String languageName(String language) {
        return ContentLanguages.name(language);
    }

    private static <T> List<String> idsOf(List<T> entries, Function<T, String> id) {
        return entries.stream().map(e -> e == null ? null : id.apply(e)).toList();
    }

    /** Only called when every check passed, so no field is null except the optional ones. */
    private static Exercise toExercise(ExerciseEntry entry) {
        LocalizedText prompt = entry.prompt().toLocalizedText();
        Feedback feedback = toFeedback(entry.feedback());
        LocalizedText hint = entry.hint() == null ? null : entry.hint().toLocalizedText();
        if (entry instanceof SingleChoiceEntry single) {
            return new SingleChoiceExercise(single.id(), prompt, toChoices(single.choices()), feedback, hint);
        }
        if (entry instanceof MultipleChoiceEntry multiple) {
            return new MultipleChoiceExercise(multiple.id(), prompt, toChoices(multiple.choices()), feedback, hint);
        }
        if (entry instanceof TrueFalseEntry trueFalse) {
            return new TrueFalseExercise(trueFalse.id(), prompt, trueFalse.answer(), feedback, hint);
        }
        if (entry instanceof FillBlanksEntry fillBlanks) {
            return new FillBlanksExercise(fillBlanks.id(), prompt, fillBlanks.text().toLocalizedText(), feedback, hint);
        }
        if (entry instanceof OrderEntry order) {
            return new OrderExercise(order.id(), prompt, order.items().stream()
                    .map(item -> new OrderExercise.Item(item.id(), item.text().toLocalizedText())).toList(),
                    feedback, hint);
        }
        if (entry instanceof BrowserSimulationEntry browser) {
            return toBrowser(browser, prompt, feedback, hint);
        }
        if (entry instanceof SpreadsheetSimulationEntry sheet) {
            return toSpreadsheet(sheet, prompt, feedback, hint);
        }
        if (entry instanceof EServiceSimulationEntry eService) {
            return toEService(eService, prompt, feedback, hint);
        }
        if (entry instanceof MailboxSimulationEntry mailbox) {
            return toMailbox(mailbox, prompt, feedback, hint);
        }
        if (entry instanceof PasswordSimulationEntry password) {
            return toPassword(password, prompt, feedback, hint);
        }
        if (entry instanceof MouseKeyboardSimulationEntry practice) {
            return toMouseKeyboard(practice, prompt, feedback, hint);
        }
        if (entry instanceof WordProcessorSimulationEntry wordProcessor) {
            return toWordProcessor(wordProcessor, prompt, feedback, hint);
        }
        MatchEntry match = (MatchEntry) entry;
        return new MatchExercise(match.id(), prompt, match.pairs().stream()
                .map(pair -> new MatchExercise.Pair(pair.id(), pair.left().toLocalizedText(),
                        pair.right().toLocalizedText())).toList(),
                feedback, hint);
    }

    private static BrowserSimulation toBrowser(BrowserSimulationEntry browser, LocalizedText prompt,
                                               Feedback feedback, LocalizedText hint) {
        List<BrowserSimulation.Page> pages = browser.pages().stream().map(page -> new BrowserSimulation.Page(
                page.id(), page.address().strip(), page.title().toLocalizedText(), localizedOrNull(page.text()),
                !Boolean.FALSE.equals(page.secure()), blankToNull(page.search()),
                page.links() == null ? List.of() : page.links().stream().map(link -> new BrowserSimulation.Link(
                        link.id(), link.text().toLocalizedText(), link.to(), Boolean.TRUE.equals(link.ad())))
                        .toList())).toList();
        List<BrowserSimulation.Step> steps = browser.steps().stream().map(step -> new BrowserSimulation.Step(
                step.id(), step.label().toLocalizedText(),
                BrowserSimulation.Goal.fromWritten(step.goal()).orElseThrow(), step.page(),
                step.avoid() == null ? List.of() : step.avoid(), step.wrong().toLocalizedText())).toList();
        return new BrowserSimulation(browser.id(), prompt, localizedOrNull(browser.scenario()), browser.start(), pages,
                steps, feedback, hint);
    }

    private static SpreadsheetSimulation toSpreadsheet(SpreadsheetSimulationEntry sheet, LocalizedText prompt,
                                                       Feedback feedback, LocalizedText hint) {
        List<SpreadsheetSimulation.Cell> cells = sheet.cells() == null ? List.of() : sheet.cells().stream()
                .map(cell -> new SpreadsheetSimulation.Cell(cell.cell(), localizedOrNull(cell.text()), cell.number()))
                .toList();
        List<SpreadsheetSimulation.Step> steps = sheet.steps().stream().map(step -> new SpreadsheetSimulation.Step(
                step.id(), step.label().toLocalizedText(),
                SpreadsheetSimulation.Goal.fromWritten(step.goal()).orElseThrow(), step.cell(), step.equals(),
                step.uses() == null ? null : "SUM",
                step.format() == null ? null : SpreadsheetSimulation.Format.fromWritten(step.format()).orElseThrow(),
                step.wrong().toLocalizedText())).toList();
        return new SpreadsheetSimulation(sheet.id(), prompt, localizedOrNull(sheet.scenario()), sheet.columns(),
                sheet.rows(), cells, steps, feedback, hint);
    }

    private static LocalizedText localizedOrNull(LocalizedTextEntry entry) {
        return entry == null ? null : entry.toLocalizedText();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Feedback toFeedback(FeedbackEntry feedback) {
        return new Feedback(feedback.right().toLocalizedText(), feedback.wrong().toLocalizedText());
    }

    private static List<Choice> toChoices(List<ChoiceEntry> choices) {
        return choices.stream()
                .map(choice -> new Choice(choice.id(), choice.text().toLocalizedText(), choice.isCorrect()))
                .toList();
    }

    /**
     * The e-service's ids are not repeated, every step names what the task has, and every expected value passes the
     * check the learner's value will get (a date that exists, a social security number with its right key...).
     */
    private static void checkEService(EServiceSimulationEntry eService, String field, FileProblems problems) {
        List<EServiceFieldEntry> account = eService.account() == null ? List.of() : eService.account();
        // A field's id names it in her answers: one id for one field, across the account and every page.
        Map<String, String> fieldPaths = new HashMap<>();
        for (int f = 0; f < account.size(); f++) {
            checkEServiceField(account.get(f), field + ".account[" + f + "]", fieldPaths, problems);
        }
        List<String> pageIds = List.of();
        if (eService.pages() != null) {
            pageIds = idsOf(eService.pages(), EServicePageEntry::id);
            problems.addRepeatedIds(field + ".pages", pageIds);
            for (int p = 0; p < eService.pages().size(); p++) {
                EServicePageEntry page = eService.pages().get(p);
                if (page == null || page.fields() == null) {
                    continue;
                }
                for (int f = 0; f < page.fields().size(); f++) {
                    checkEServiceField(page.fields().get(f), field + ".pages[" + p + "].fields[" + f + "]",
                            fieldPaths, problems);
                }
            }
        }
        boolean signsIn = eService.code() != null && !eService.code().isBlank();
        if (signsIn && account.isEmpty()) {
            if (eService.identifier() == null || eService.identifier().isBlank()) {
                problems.add(field + ".identifier", "she signs in (there is a code) but has no account to create: "
                        + "write the identifier she signs in with, like amina.diallo@exemple.fr");
            }
            if (eService.password() == null || eService.password().isBlank()) {
                problems.add(field + ".password", "she signs in (there is a code) but has no account to create: "
                        + "write the password she signs in with, as on her scenario card");
            }
        }
        if (signsIn && !account.isEmpty() && account.stream().filter(Objects::nonNull)
                .noneMatch(f -> "email".equals(f.kind()))) {
            problems.add(field + ".account", "she signs in with the e-mail of her new account: "
                    + "add a field of kind email");
        }
        if (eService.steps() == null) {
            return;
        }
        problems.addRepeatedIds(field + ".steps", idsOf(eService.steps(), EServiceStepEntry::id));
        for (int i = 0; i < eService.steps().size(); i++) {
            EServiceStepEntry step = eService.steps().get(i);
            if (step == null || step.goal() == null) {
                continue;
            }
            String stepField = field + ".steps[" + i + "]";
            boolean fillPage = "fill-page".equals(step.goal());
            if (fillPage && (step.page() == null || step.page().isBlank())) {
                problems.add(stepField + ".page", "the page to fill in is missing: write page: and a page id");
            } else if (fillPage && eService.pages() != null) {
                checkPage(step.page(), pageIds, stepField + ".page", problems);
            } else if (!fillPage && step.page() != null) {
                problems.add(stepField + ".page", "only a fill-page step names a page; remove page:");
            }
            if ("create-account".equals(step.goal()) && account.isEmpty()) {
                problems.add(stepField + ".goal", "the task creates no account: add account: and its fields");
            }
            if ("sign-in".equals(step.goal()) && !signsIn) {
                problems.add(stepField + ".goal", "the task has no sign-in: add code: and the code of the text "
                        + "message, like \"482913\"");
            }
        }
    }

    /** A field's answers suit its kind, and the value the scenario expects passes the field's own check. */
    private static void checkEServiceField(EServiceFieldEntry entry, String field, Map<String, String> fieldPaths,
                                           FileProblems problems) {
        if (entry == null) {
            return;
        }
        if (entry.id() != null) {
            String first = fieldPaths.putIfAbsent(entry.id(), field);
            if (first != null) {
                problems.add(field + ".id", "the id '" + entry.id() + "' is already used by " + first);
            }
        }
        if (entry.kind() == null) {
            return;
        }
        if (entry.id() != null && EServiceSimulation.OWN_FIELDS.contains(entry.id())) {
            problems.add(field + ".id", "the id '" + entry.id() + "' is taken by the screens' own fields ("
                    + String.join(", ", EServiceSimulation.OWN_FIELDS) + "); choose another");
        }
        boolean choice = "choice".equals(entry.kind());
        boolean document = "document".equals(entry.kind());
        List<EServiceOptionEntry> options = entry.options() == null ? List.of() : entry.options();
        List<String> files = entry.files() == null ? List.of() : entry.files();
        if (choice && options.size() < 2) {
            problems.add(field + ".options", "a choice needs at least two options");
        } else if (!choice && !options.isEmpty()) {
            problems.add(field + ".options", "only a field of kind choice has options");
        }
        problems.addRepeatedIds(field + ".options", idsOf(options, EServiceOptionEntry::id));
        if (document && files.size() < 2) {
            problems.add(field + ".files", "the file picker needs at least two files to choose from");
        } else if (!document && !files.isEmpty()) {
            problems.add(field + ".files", "only a field of kind document has files");
        }
        String expected = entry.expected();
        if (expected == null || expected.isBlank()) {
            return;
        }
        if (choice && options.stream().filter(Objects::nonNull).noneMatch(o -> expected.equals(o.id()))) {
            problems.add(field + ".expected", "there is no option '" + expected + "'; the options are "
                    + String.join(", ", idsOf(options, EServiceOptionEntry::id).stream().filter(Objects::nonNull)
                    .toList()));
        } else if (document && !files.contains(expected)) {
            problems.add(field + ".expected", "there is no file '" + expected + "'; the files are "
                    + String.join(", ", files));
        }
        EServiceSimulation.FieldKind.fromWritten(entry.kind()).flatMap(kind -> kind.problemWith(expected))
                .ifPresent(problem -> problems.add(field + ".expected", "'" + expected + "' would be refused by "
                        + "the form: " + EXPECTED_PROBLEMS.get(problem)));
    }

    /** Why an expected value fails its field's check, for the author. */
    private static final Map<String, String> EXPECTED_PROBLEMS = Map.of(
            "date", "write a date that exists, as dd/mm/yyyy, like 12/03/1985",
            "postcode", "a postcode is 5 digits, like 38000",
            "ssn-length", "a social security number has 15 digits",
            "ssn-key", "its last two digits (the key) must be 97 minus the first 13 digits modulo 97",
            "email", "an e-mail address has an @ and a dot, like amina.diallo@exemple.fr",
            "phone", "a phone number has 10 digits and starts with 0, like 06 12 34 56 78");

    private static EServiceSimulation toEService(EServiceSimulationEntry eService, LocalizedText prompt,
                                                 Feedback feedback, LocalizedText hint) {
        List<EServiceSimulation.Field> account = eService.account() == null ? List.of()
                : eService.account().stream().map(ModuleReader::toEServiceField).toList();
        List<EServiceSimulation.Page> pages = eService.pages().stream().map(page -> new EServiceSimulation.Page(
                page.id(), page.title().toLocalizedText(),
                page.fields().stream().map(ModuleReader::toEServiceField).toList())).toList();
        List<EServiceSimulation.Step> steps = eService.steps().stream().map(step -> new EServiceSimulation.Step(
                step.id(), step.label().toLocalizedText(),
                EServiceSimulation.Goal.fromWritten(step.goal()).orElseThrow(), blankToNull(step.page()),
                step.wrong().toLocalizedText())).toList();
        return new EServiceSimulation(eService.id(), prompt, localizedOrNull(eService.scenario()),
                eService.service().toLocalizedText(), eService.address().strip(), account,
                blankToNull(eService.code()), blankToNull(eService.identifier()), blankToNull(eService.password()),
                pages, steps, feedback, hint);
    }

    private static EServiceSimulation.Field toEServiceField(EServiceFieldEntry entry) {
        return new EServiceSimulation.Field(entry.id(),
                EServiceSimulation.FieldKind.fromWritten(entry.kind()).orElseThrow(),
                entry.label().toLocalizedText(), blankToNull(entry.expected()), !Boolean.FALSE.equals(entry.required()),
                entry.options() == null ? List.of() : entry.options().stream()
                        .map(o -> new EServiceSimulation.Option(o.id(), o.text().toLocalizedText())).toList(),
                entry.files() == null ? List.of() : entry.files().stream().map(String::strip).toList());
    }

    // --- The image editor: its picture is read here, as its goals are checked against the picture's size ---

    private static final List<String> EDITABLE_ENDINGS = List.of(".png", ".jpg", ".jpeg");

    private static ImageEditorSimulation imageEditor(ImageEditorSimulationEntry entry, String field,
                                                     Path moduleFolder, FileProblems problems, int problemsBefore) {
        BufferedImage picture = editablePicture(entry.picture(), field + ".picture", moduleFolder, problems);
        if (entry.steps() != null) {
            problems.addRepeatedIds(field + ".steps", idsOf(entry.steps(), ImageEditorStepEntry::id));
            for (int i = 0; i < entry.steps().size(); i++) {
                if (entry.steps().get(i) != null) {
                    checkImageEditorStep(entry.steps().get(i), field + ".steps[" + i + "]", picture, problems);
                }
            }
        }
        if (problems.count() != problemsBefore) {
            return null;
        }
        List<ImageEditorSimulation.Step> steps = entry.steps().stream().map(step -> new ImageEditorSimulation.Step(
                step.id(), step.label().toLocalizedText(),
                ImageEditorSimulation.Goal.fromWritten(step.goal()).orElseThrow(), step.degrees(),
                step.keep() == null ? null : new ImageEditorSimulation.Area(step.keep().left(), step.keep().top(),
                        step.keep().width(), step.keep().height()),
                step.most(), step.least(), step.format(), step.wrong().toLocalizedText())).toList();
        return new ImageEditorSimulation(entry.id(), entry.prompt().toLocalizedText(),
                localizedOrNull(entry.scenario()), entry.picture().strip(),
                moduleFolder.resolve(entry.picture().strip()).normalize().toString(), picture.getWidth(),
                picture.getHeight(), entry.alt().toLocalizedText(), steps, toFeedback(entry.feedback()),
                localizedOrNull(entry.hint()));
    }

    /** A png or jpg file of the module that can be read as a picture; null (with a problem) otherwise. */
    private static BufferedImage editablePicture(String name, String field, Path moduleFolder,
                                                 FileProblems problems) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String lowerCase = name.strip().toLowerCase(Locale.ROOT);
        if (EDITABLE_ENDINGS.stream().noneMatch(lowerCase::endsWith)) {
            problems.add(field, "'" + name.strip() + "' cannot be edited: use a png or jpg file");
            return null;
        }
        Optional<Path> file = fileInModule(moduleFolder, name.strip(), field, problems);
        if (file.isEmpty()) {
            return null;
        }
        try {
            BufferedImage picture = ImageIO.read(file.get().toFile());
            if (picture == null) {
                problems.add(field, "the file " + name.strip() + " cannot be read as a picture; save it again as "
                        + "png or jpg");
            }
            return picture;
        } catch (IOException e) {
            problems.add(field, "the file " + name.strip() + " cannot be read as a picture: " + e.getMessage());
            return null;
        }
    }

    /** Each goal has the fields it needs, and they fit the picture; {@code picture} is null when unreadable. */
    private static void checkImageEditorStep(ImageEditorStepEntry step, String field, BufferedImage picture,
                                             FileProblems problems) {
        Optional<ImageEditorSimulation.Goal> goal = step.goal() == null ? Optional.empty()
                : ImageEditorSimulation.Goal.fromWritten(step.goal());
        if (goal.isEmpty()) {
            return;
        }
        switch (goal.get()) {
            case ROTATE -> {
                if (step.degrees() == null || !List.of(90, 180, 270).contains(step.degrees())) {
                    problems.add(field + ".degrees", "write degrees: 90, 180 or 270: how far the picture must "
                            + "turn to the right to be upright (270 is a quarter turn to the left)");
                }
            }
            case CROP -> {
                if (step.keep() == null) {
                    problems.add(field + ".keep", "write keep: the part that must stay, with left, top, width and "
                            + "height in pixels");
                } else if (picture != null && step.keep().left() != null && step.keep().top() != null
                        && step.keep().width() != null && step.keep().height() != null
                        && (step.keep().left() + step.keep().width() > picture.getWidth()
                        || step.keep().top() + step.keep().height() > picture.getHeight())) {
                    problems.add(field + ".keep", "the part to keep goes beyond the picture, which is "
                            + picture.getWidth() + " × " + picture.getHeight() + " pixels");
                }
                if (step.most() == null || step.most() > 100) {
                    problems.add(field + ".most", "write most: the largest share of the picture she may keep, "
                            + "in % (from 1 to 100)");
                }
            }
            case RESIZE -> {
                if (step.most() == null) {
                    problems.add(field + ".most", "write most: the largest width allowed, in pixels");
                } else if (step.least() != null && step.least() > step.most()) {
                    problems.add(field + ".least", "least (" + step.least() + ") is more than most ("
                            + step.most() + "); no width can be right");
                }
            }
            case FORMAT -> {
                if (step.format() == null) {
                    problems.add(field + ".format", "write format: jpg or png");
                }
            }
            case FILE_SIZE -> {
                if (step.most() == null) {
                    problems.add(field + ".most", "write most: the largest file size allowed, in kB");
                }
            }
        }
    }

    /**
     * Every message's clues are words of that message; every step names a message it can act on, and a file the
     * mailbox has; ids and file names are not repeated.
     */
    private static void checkMailbox(MailboxSimulationEntry mailbox, String field, FileProblems problems) {
        if (mailbox.messages() == null || mailbox.steps() == null) {
            return;
        }
        List<String> messageIds = idsOf(mailbox.messages(), MailboxMessageEntry::id);
        problems.addRepeatedIds(field + ".messages", messageIds);
        problems.addRepeatedIds(field + ".steps", idsOf(mailbox.steps(), MailboxStepEntry::id));
        List<String> files = mailbox.files() == null ? List.of() : mailbox.files();
        problems.addRepeatedIds(field + ".files", files);
        for (int m = 0; m < mailbox.messages().size(); m++) {
            MailboxMessageEntry message = mailbox.messages().get(m);
            if (message != null) {
                checkMailboxMessage(message, field + ".messages[" + m + "]", problems);
            }
        }
        for (int i = 0; i < mailbox.steps().size(); i++) {
            MailboxStepEntry step = mailbox.steps().get(i);
            if (step == null || step.goal() == null) {
                continue;
            }
            String stepField = field + ".steps[" + i + "]";
            boolean sends = List.of("write", "reply", "forward").contains(step.goal());
            if (step.goal().equals("write")) {
                if (step.message() != null) {
                    problems.add(stepField + ".message", "a new message answers no message: remove message:, "
                            + "or use the goal reply or forward");
                }
            } else if (step.message() == null || step.message().isBlank()) {
                problems.add(stepField + ".message", "the message of the goal is missing: write message: and a "
                        + "message id");
            } else if (!messageIds.contains(step.message())) {
                problems.add(stepField + ".message", "there is no message '" + step.message()
                        + "'; the messages are " + String.join(", ", messageIds.stream().filter(Objects::nonNull)
                        .toList()));
            } else {
                MailboxMessageEntry message = mailbox.messages().get(messageIds.indexOf(step.message()));
                if (step.goal().equals("sort") && message.scam() == null) {
                    problems.add(stepField + ".message", "the message '" + step.message() + "' is to be sorted: "
                            + "say whether it is a scam, with scam: true or scam: false");
                }
                if (step.goal().equals("clues") && (message.clues() == null || message.clues().isEmpty())) {
                    problems.add(stepField + ".message", "the message '" + step.message() + "' has no clues to "
                            + "find: list them under clues:");
                }
            }
            if (!sends && (step.to() != null || step.words() != null || step.attach() != null)) {
                problems.add(stepField, "only a step that sends a message (write, reply or forward) has to:, "
                        + "words: or attach:");
            }
            if ((step.goal().equals("write") || step.goal().equals("forward"))
                    && (step.to() == null || step.to().isBlank())) {
                problems.add(stepField + ".to", "the address to send to is missing: write to: and an address");
            }
            if (step.attach() != null && !files.contains(step.attach())) {
                problems.add(stepField + ".attach", "there is no file '" + step.attach() + "'; "
                        + (files.isEmpty() ? "list the files she can attach under files:"
                        : "the files are " + String.join(", ", files.stream().filter(Objects::nonNull).toList())));
            }
        }
    }

    private static void checkMailboxMessage(MailboxMessageEntry message, String field, FileProblems problems) {
        if ("email".equals(message.kind()) && message.subject() == null) {
            problems.add(field + ".subject", "an e-mail needs a subject");
        }
        if ("sms".equals(message.kind()) && message.subject() != null) {
            problems.add(field + ".subject", "a text message has no subject: remove subject:, or write kind: email");
        }
        if (message.clues() == null) {
            return;
        }
        problems.addRepeatedIds(field + ".clues", idsOf(message.clues(), MailboxClueEntry::id));
        if (message.from() == null || message.body() == null || message.body().fr() == null
                || message.body().en() == null || (message.subject() != null
                && (message.subject().fr() == null || message.subject().en() == null))) {
            return;
        }
        for (int c = 0; c < message.clues().size(); c++) {
            MailboxClueEntry clue = message.clues().get(c);
            if (clue == null || clue.text() == null) {
                continue;
            }
            for (String language : ContentLanguages.ALL) {
                // An optional language is checked where the clue has it: its words must be in that message.
                String words = clue.text().in(language);
                String subject = message.subject() == null || message.subject().in(language) == null ? ""
                        : message.subject().in(language);
                String body = message.body().in(language) == null ? "" : message.body().in(language);
                if (words != null && !words.isBlank() && !message.from().contains(words.strip())
                        && !subject.contains(words.strip()) && !body.contains(words.strip())) {
                    problems.add(field + ".clues[" + c + "].text." + language, "'" + words.strip()
                            + "' is not in the " + languageName(language) + " message: copy the words of its "
                            + "sender, subject or text exactly");
                }
            }
        }
    }

    private static MailboxSimulation toMailbox(MailboxSimulationEntry mailbox, LocalizedText prompt,
                                               Feedback feedback, LocalizedText hint) {
        List<MailboxSimulation.Message> messages = mailbox.messages().stream().map(message ->
                new MailboxSimulation.Message(message.id(),
                        MailboxSimulation.Kind.fromWritten(message.kind()).orElseThrow(), message.from().strip(),
                        localizedOrNull(message.subject()), message.body().toLocalizedText(),
                        Boolean.TRUE.equals(message.scam()),
                        message.clues() == null ? List.of() : message.clues().stream().map(clue ->
                                new MailboxSimulation.Clue(clue.id(),
                                        MailboxSimulation.Sign.fromWritten(clue.sign()).orElseThrow(),
                                        clue.text().toLocalizedText())).toList())).toList();
        List<MailboxSimulation.Step> steps = mailbox.steps().stream().map(step -> new MailboxSimulation.Step(
                step.id(), step.label().toLocalizedText(),
                MailboxSimulation.Goal.fromWritten(step.goal()).orElseThrow(), blankToNull(step.message()),
                blankToNull(step.to()), step.words() == null ? List.of() : step.words(), blankToNull(step.attach()),
                step.wrong().toLocalizedText())).toList();
        return new MailboxSimulation(mailbox.id(), prompt, localizedOrNull(mailbox.scenario()), messages,
                mailbox.files() == null ? List.of() : mailbox.files(), steps, feedback, hint);
    }

    /**
     * Ids are not repeated; a fact is long enough to be looked for; a length step has a length to reach; a keep step
     * has ways to choose from, at least one right and one wrong.
     */
    private static void checkPassword(PasswordSimulationEntry password, String field, FileProblems problems) {
        if (password.steps() == null) {
            return;
        }
        problems.addRepeatedIds(field + ".steps", idsOf(password.steps(), PasswordStepEntry::id));
        List<String> goals = password.steps().stream().filter(Objects::nonNull).map(PasswordStepEntry::goal).toList();
        if (password.facts() != null) {
            problems.addRepeatedIds(field + ".facts", idsOf(password.facts(), PasswordFactEntry::id));
            for (int f = 0; f < password.facts().size(); f++) {
                PasswordFactEntry fact = password.facts().get(f);
                if (fact != null && fact.value() != null && !fact.value().isBlank()
                        && fact.value().strip().length() < PasswordSimulation.SHORTEST_FACT) {
                    problems.add(field + ".facts[" + f + "].value", "'" + fact.value().strip() + "' is too short to "
                            + "look for: write a fact of at least " + PasswordSimulation.SHORTEST_FACT + " characters");
                }
            }
        }
        if (goals.contains("no-facts") && (password.facts() == null || password.facts().isEmpty())) {
            problems.add(field + ".facts", "a no-facts step needs the personal facts to avoid; list them under facts:");
        }
        if (goals.contains("length") && password.length() == null) {
            problems.add(field + ".length", "a length step needs the length to reach: write length: and a number");
        }
        if (password.ways() != null) {
            problems.addRepeatedIds(field + ".ways", idsOf(password.ways(), ChoiceEntry::id));
        }
        if (goals.contains("keep")) {
            List<ChoiceEntry> ways = password.ways() == null ? List.of()
                    : password.ways().stream().filter(Objects::nonNull).toList();
            if (ways.stream().noneMatch(ChoiceEntry::isCorrect) || ways.stream().allMatch(ChoiceEntry::isCorrect)) {
                problems.add(field + ".ways", "a keep step needs ways to keep the password to choose from: at least "
                        + "one right (correct: true) and one wrong");
            }
        }
    }

    private static PasswordSimulation toPassword(PasswordSimulationEntry password, LocalizedText prompt,
                                                 Feedback feedback, LocalizedText hint) {
        List<PasswordSimulation.Fact> facts = password.facts() == null ? List.of() : password.facts().stream()
                .map(fact -> new PasswordSimulation.Fact(fact.id(), fact.label().toLocalizedText(),
                        fact.value().strip())).toList();
        List<PasswordSimulation.Step> steps = password.steps().stream().map(step -> new PasswordSimulation.Step(
                step.id(), step.label().toLocalizedText(),
                PasswordSimulation.Goal.fromWritten(step.goal()).orElseThrow(), step.wrong().toLocalizedText()))
                .toList();
        return new PasswordSimulation(password.id(), prompt, localizedOrNull(password.scenario()), facts,
                password.strength(), password.length(),
                password.ways() == null ? List.of() : toChoices(password.ways()), steps, feedback, hint);
    }

    /** Each step has what its goal needs, and nothing another goal uses; ids are not repeated. */
    private static void checkMouseKeyboard(MouseKeyboardSimulationEntry practice, String field,
                                           FileProblems problems) {
        if (practice.steps() == null) {
            return;
        }
        problems.addRepeatedIds(field + ".steps", idsOf(practice.steps(), MouseKeyboardStepEntry::id));
        for (int i = 0; i < practice.steps().size(); i++) {
            MouseKeyboardStepEntry step = practice.steps().get(i);
            if (step == null || step.goal() == null) {
                continue;
            }
            String stepField = field + ".steps[" + i + "]";
            boolean type = step.goal().equals("type");
            if (type) {
                if (step.text() == null || step.text().isBlank()) {
                    problems.add(stepField + ".text", "the line to type is missing: write text: and the line, "
                            + "in quotes, like \"amina.diallo@exemple.fr\"");
                }
                if (step.target() != null) {
                    problems.add(stepField + ".target", "a type step has no target: remove target:, she types "
                            + "the text");
                }
            } else {
                if (step.target() == null) {
                    problems.add(stepField + ".target", "the thing to " + step.goal() + " is missing: write "
                            + "target: and its name in fr and en, like { fr: Corbeille, en: Bin }");
                }
                if (step.text() != null) {
                    problems.add(stepField + ".text", "only a type step has a text to type: remove text:, or "
                            + "write goal: type");
                }
            }
            if (step.goal().equals("drag") && step.to() == null) {
                problems.add(stepField + ".to", "the place to drop it on is missing: write to: and its name in "
                        + "fr and en, like { fr: Dossier Photos, en: Photos folder }");
            }
            if (!step.goal().equals("drag") && step.to() != null) {
                problems.add(stepField + ".to", "only a drag step has a place to drop on: remove to:, or write "
                        + "goal: drag");
            }
        }
    }

    private static MouseKeyboardSimulation toMouseKeyboard(MouseKeyboardSimulationEntry practice,
                                                           LocalizedText prompt, Feedback feedback,
                                                           LocalizedText hint) {
        List<MouseKeyboardSimulation.Step> steps = practice.steps().stream().map(step ->
                new MouseKeyboardSimulation.Step(step.id(), step.label().toLocalizedText(),
                        MouseKeyboardSimulation.Goal.fromWritten(step.goal()).orElseThrow(),
                        localizedOrNull(step.target()), localizedOrNull(step.to()), step.text(),
                        step.wrong().toLocalizedText())).toList();
        return new MouseKeyboardSimulation(practice.id(), prompt, localizedOrNull(practice.scenario()), steps,
                feedback, hint);
    }

    /** For each goal of a word-processor step, the fields it needs (the first ones) and may have. */
    private static final Map<String, List<String>> WORD_GOAL_FIELDS = Map.of(
            "text", List.of("block", "has", "without"),
            "bold", List.of("words"),
            "heading", List.of("block"),
            "bullets", List.of("lines"),
            "large", List.of("block"),
            "saved-as", List.of("name"));

    /**
     * Bold parts are closed and the document not too long; each step has the fields its goal needs and no others;
     * the paragraphs a step names by their words are in the document.
     */
    private static void checkWordProcessor(WordProcessorSimulationEntry editor, String field, FileProblems problems) {
        if (editor.document() == null || editor.steps() == null) {
            return;
        }
        List<String> paragraphs = new ArrayList<>();
        int characters = 0;
        for (int p = 0; p < editor.document().size(); p++) {
            WordParagraphEntry paragraph = editor.document().get(p);
            if (paragraph == null || paragraph.text() == null) {
                continue;
            }
            if ((paragraph.text().split("\\*\\*", -1).length - 1) % 2 != 0) {
                problems.add(field + ".document[" + p + "].text", "a bold part is not closed: write ** before and "
                        + "after the bold words, like **mardi 12 mars**");
            }
            String text = paragraph.text().replace("**", "");
            characters += text.length();
            paragraphs.add(WordProcessorSimulation.plain(text));
        }
        if (characters > WordProcessorSimulation.MAX_CHARACTERS) {
            problems.add(field + ".document", "the document has " + characters + " characters: keep it to "
                    + WordProcessorSimulation.MAX_CHARACTERS);
        }
        problems.addRepeatedIds(field + ".steps", idsOf(editor.steps(), WordStepEntry::id));
        for (int i = 0; i < editor.steps().size(); i++) {
            WordStepEntry step = editor.steps().get(i);
            if (step != null && step.goal() != null && WORD_GOAL_FIELDS.containsKey(step.goal())) {
                checkWordStep(step, field + ".steps[" + i + "]", paragraphs, problems);
            }
        }
    }

    private static void checkWordStep(WordStepEntry step, String field, List<String> paragraphs,
                                      FileProblems problems) {
        Map<String, Object> given = new HashMap<>();
        given.put("block", step.block());
        given.put("has", step.has());
        given.put("without", step.without());
        given.put("words", step.words());
        given.put("lines", step.lines());
        given.put("name", step.name());
        List<String> fields = WORD_GOAL_FIELDS.get(step.goal());
        int needed = step.goal().equals("text") ? 2 : 1;
        for (String name : fields.subList(0, needed)) {
            Object value = given.get(name);
            if (value == null || (value instanceof String text && text.isBlank())
                    || (value instanceof List<?> list && list.isEmpty())) {
                problems.add(field + "." + name, "a " + step.goal() + " step needs " + name + ": "
                        + switch (name) {
                            case "block" -> "words of its paragraph, copied from the document";
                            case "has" -> "the words the paragraph must have, like the word spelt right";
                            case "words" -> "the words to put in bold";
                            case "lines" -> "words of each paragraph to make a bullet item";
                            default -> "the file name she must save under, like lettre-absence";
                        });
            }
        }
        given.forEach((name, value) -> {
            if (value != null && !fields.contains(name)) {
                problems.add(field + "." + name, "a " + step.goal() + " step has no " + name + ": remove it; it "
                        + "uses " + String.join(", ", fields));
            }
        });
        List<String> named = new ArrayList<>();
        if (step.block() != null && !step.block().isBlank()) {
            named.add(step.block());
        }
        if (step.lines() != null && step.goal().equals("bullets")) {
            step.lines().stream().filter(line -> line != null && !line.isBlank()).forEach(named::add);
        }
        for (String words : named) {
            String wanted = WordProcessorSimulation.plain(words);
            if (paragraphs.stream().noneMatch(paragraph -> paragraph.contains(wanted))) {
                problems.add(field + "." + (words.equals(step.block()) ? "block" : "lines"), "no paragraph of the "
                        + "document has the words '" + wanted + "': copy them exactly, without **");
            }
        }
        if (step.name() != null && (step.name().contains("/") || step.name().contains("\\"))) {
            problems.add(field + ".name", "a file name has no / or \\: write just the name, like lettre-absence");
        }
    }

    private static WordProcessorSimulation toWordProcessor(WordProcessorSimulationEntry editor, LocalizedText prompt,
                                                           Feedback feedback, LocalizedText hint) {
        List<WordProcessorSimulation.Block> document = editor.document().stream().map(paragraph ->
                new WordProcessorSimulation.Block(
                        paragraph.style() == null ? WordProcessorSimulation.Style.NORMAL
                                : WordProcessorSimulation.Style.fromWritten(paragraph.style()).orElseThrow(),
                        paragraph.size() == null ? WordProcessorSimulation.Size.NORMAL
                                : WordProcessorSimulation.Size.fromWritten(paragraph.size()).orElseThrow(),
                        boldRuns(paragraph.text().strip()))).toList();
        List<WordProcessorSimulation.Step> steps = editor.steps().stream().map(step ->
                new WordProcessorSimulation.Step(step.id(), step.label().toLocalizedText(),
                        WordProcessorSimulation.Goal.fromWritten(step.goal()).orElseThrow(), blankToNull(step.block()),
                        orEmpty(step.has()), orEmpty(step.without()), orEmpty(step.words()), orEmpty(step.lines()),
                        blankToNull(step.name()), step.wrong().toLocalizedText())).toList();
        return new WordProcessorSimulation(editor.id(), prompt, localizedOrNull(editor.scenario()), document, steps,
                feedback, hint);
    }

    /** "Le **mardi** matin" is three runs: the middle one bold. */
    private static List<WordProcessorSimulation.Run> boldRuns(String marked) {
        List<WordProcessorSimulation.Run> runs = new ArrayList<>();
        String[] parts = marked.split("\\*\\*", -1);
        for (int i = 0; i < parts.length; i++) {
            if (!parts[i].isEmpty()) {
                runs.add(new WordProcessorSimulation.Run(parts[i], i % 2 == 1));
            }
        }
        return runs;
    }

    private static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : list.stream().map(String::strip).toList();
    }
}
