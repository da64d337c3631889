package org.digitalcentre.privacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.digitalcentre.base.Translations;
import org.digitalcentre.classroom.LearnerFacts;
import org.digitalcentre.classroom.TeacherNoteRecord;
import org.digitalcentre.progress.SpreadsheetCell;
import org.springframework.web.util.HtmlUtils;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The files of a learner's data export. CSV files open as they are in LibreOffice Calc and Excel (UTF-8 with a
 * byte-order mark, semicolons, Windows line ends), each text cell made harmless for spreadsheets; data.json holds
 * the same data for another program; index.html shows it all, to read or print, with no script and nothing loaded
 * from elsewhere. Dates and times are the centre's (the app's clock zone).
 */
final class ExportFiles {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final LearnerData data;
    private final Locale locale;
    private final Translations translations;
    private final ZoneId zone;

    ExportFiles(LearnerData data, Locale locale, Translations translations, ZoneId zone) {
        this.data = data;
        this.locale = locale;
        this.translations = translations;
        this.zone = zone;
    }

    byte[] zip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            add(zip, "index.html", html().getBytes(StandardCharsets.UTF_8));
            add(zip, "data.json", json());
            add(zip, "details.csv", csv(List.of(words("privacy.doc.field"), words("privacy.doc.value")),
                    detailRows()));
            add(zip, "answers.csv", csv(answerHeader(), answerRows()));
            add(zip, "time-per-day.csv", csv(List.of(words("privacy.doc.day"), words("privacy.doc.minutes")),
                    dayRows()));
            add(zip, "modules.csv", csv(moduleHeader(), moduleRows()));
            add(zip, "notes.csv", csv(noteHeader(), noteRows()));
            add(zip, "intake-interview.csv", csv(List.of(words("privacy.doc.field"), words("privacy.doc.value")),
                    intakeRows()));
            add(zip, "attendance-register.csv", csv(attendanceHeader(), attendanceRows()));
            add(zip, "given-modules.csv", csv(List.of(words("privacy.doc.module"), words("privacy.doc.assigned-at")),
                    assignmentRows()));
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return bytes.toByteArray();
    }

    /** Her outcome after the programme and its follow-ups (issue 12), category names as stored. */
    private static Map<String, Object> outcome(org.digitalcentre.programme.OutcomeRecord outcome) {
        Map<String, Object> kept = new LinkedHashMap<>();
        kept.put("category", outcome.category() == null ? null : outcome.category().name());
        kept.put("date", outcome.decidedOn() == null ? null : outcome.decidedOn().toString());
        kept.put("note", outcome.note());
        for (var followUp : List.of(Map.entry("followUp3Months", outcome.afterThreeMonths()),
                Map.entry("followUp6Months", outcome.afterSixMonths()))) {
            Map<String, Object> made = new LinkedHashMap<>();
            made.put("done", followUp.getValue().done());
            made.put("date", followUp.getValue().on() == null ? null : followUp.getValue().on().toString());
            made.put("category", followUp.getValue().category() == null ? null
                    : followUp.getValue().category().name());
            kept.put(followUp.getKey(), made);
        }
        return kept;
    }

    private static void add(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    // The data as rows: the CSV files and the printable page show the same.

    private List<List<String>> detailRows() {
        LearnerFacts learner = data.learner();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(words("privacy.doc.first-name"), learner.firstName()));
        rows.add(List.of(words("privacy.doc.initial"), nonNull(learner.lastInitial())));
        rows.add(List.of(words("privacy.doc.picture"), learner.picture() == null ? words("privacy.no-picture")
                : words(learner.picture().translationKey())));
        rows.add(List.of(words("privacy.doc.language"), learner.language() == null ? words("learners.language.none")
                : Locale.forLanguageTag(learner.language()).getDisplayLanguage(locale)));
        rows.add(List.of(words("privacy.doc.read-aloud"), words(learner.readAloudAutomatically()
                ? "privacy.doc.read-aloud.on" : "privacy.doc.read-aloud.off")));
        rows.add(List.of(words("privacy.doc.cohort"), learner.cohortName()));
        rows.add(List.of(words("privacy.doc.centre"), learner.centreName()));
        rows.add(List.of(words("privacy.doc.cohort-start"), day(learner.schedule().startDate())));
        rows.add(List.of(words("privacy.doc.cohort-end"), day(learner.schedule().endDate())));
        if (learner.anonymisedAt() != null) {
            rows.add(List.of(words("privacy.doc.anonymised-at"), time(learner.anonymisedAt())));
        }
        rows.add(List.of(words("privacy.doc.code"), words(learner.anonymisedAt() == null ? "privacy.doc.code-kept"
                : "privacy.doc.code-none")));
        rows.add(List.of(words("privacy.doc.wrong-codes"), String.valueOf(learner.wrongCodesInARow())));
        rows.add(List.of(words("privacy.doc.locked"), yesNo(learner.locked())));
        rows.add(List.of(words("privacy.doc.next-try"), learner.nextCodeTryAt() == null ? ""
                : time(learner.nextCodeTryAt())));
        rows.add(List.of(words("privacy.doc.signed-in-now"), yesNo(data.signedInNow())));
        return rows;
    }

    private List<String> answerHeader() {
        return List.of(words("privacy.doc.when"), words("privacy.doc.module"), words("privacy.doc.version"),
                words("privacy.doc.question"), words("privacy.doc.answer"), words("privacy.doc.right"),
                words("privacy.doc.score"), words("privacy.doc.first-try"), words("privacy.doc.hint"),
                words("privacy.doc.seconds"));
    }

    private List<List<String>> answerRows() {
        return data.answers().stream().map(a -> List.of(time(a.answeredAt()), a.moduleTitle(), a.contentVersion(),
                a.questionAsKept() ? a.question() : a.question() + " " + words("privacy.doc.question-today"),
                a.answer(), yesNo(a.correct()), String.valueOf(a.score()), yesNo(a.firstTry()), yesNo(a.hintUsed()),
                String.valueOf(a.seconds()))).toList();
    }

    private List<List<String>> dayRows() {
        return data.secondsPerDay().entrySet().stream()
                .map(e -> List.of(day(e.getKey()), String.valueOf(Math.round(e.getValue() / 60.0)))).toList();
    }

    private List<String> moduleHeader() {
        return List.of(words("privacy.doc.module"), words("privacy.doc.version"), words("privacy.doc.step"),
                words("privacy.doc.started"), words("privacy.doc.last-activity"), words("privacy.doc.minutes"));
    }

    private List<List<String>> moduleRows() {
        return data.modules().stream().map(m -> List.of(m.moduleTitle(), m.contentVersion(), m.currentStepId(),
                time(m.startedAt()), time(m.lastActivity()), String.valueOf(Math.round(m.secondsSpent() / 60.0))))
                .toList();
    }

    private List<String> noteHeader() {
        return List.of(words("privacy.doc.written-on"), words("privacy.doc.author"), words("privacy.doc.goals"),
                words("privacy.doc.barriers"), words("privacy.doc.accommodations"), words("privacy.doc.free-text"));
    }

    private List<List<String>> noteRows() {
        return data.notes().stream().map(n -> List.of(day(n.writtenOn()), n.authorName(), n.goals(), n.barriers(),
                n.accommodations(), n.freeText())).toList();
    }

    private List<List<String>> intakeRows() {
        return data.intake().map(i -> List.of(
                List.of(words("intake.goals"), String.join(", ", i.goals().stream().sorted()
                        .map(g -> words(g.key())).toList())),
                List.of(words("intake.goals-text"), i.goalsText()),
                List.of(words("intake.childcare"), yesNo(i.childcareNeeded())),
                List.of(words("intake.hours"), i.hoursPerWeek() == null ? "" : String.valueOf(i.hoursPerWeek())),
                List.of(words("intake.languages-spoken"), i.languagesSpoken()),
                List.of(words("intake.languages-read"), i.languagesRead()),
                List.of(words("intake.starting-point"), words(i.startingPoint().key())),
                List.of(words("intake.written-by"), i.writtenBy() + " " + time(i.updatedAt()))))
                .orElse(List.of());
    }

    private List<String> attendanceHeader() {
        return List.of(words("attendance.workshop"), words("attendance.total.detail"), words("attendance.total"));
    }

    private List<List<String>> attendanceRows() {
        return data.attendance().stream().map(a -> List.of(words("attendance.workshop.label", a.week(), a.moduleId()),
                words(a.status().key()), String.valueOf(a.hours()))).toList();
    }

    private List<List<String>> assignmentRows() {
        return data.assignments().stream().map(a -> List.of(a.moduleTitle(), time(a.assignedAt()))).toList();
    }

    // The three forms.

    private static byte[] csv(List<String> header, List<List<String>> rows) {
        List<List<String>> records = new ArrayList<>();
        records.add(header);
        records.addAll(rows);
        return SpreadsheetCell.csvFile(records);
    }

    private byte[] json() {
        LearnerFacts learner = data.learner();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("exportedAt", data.exportedAt().toString());
        root.put("exportedBy", data.exportedBy());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("id", learner.id());
        details.put("firstName", learner.firstName());
        details.put("lastInitial", nonNull(learner.lastInitial()));
        details.put("picture", learner.picture() == null ? null : learner.picture().name().toLowerCase(Locale.ROOT));
        details.put("language", learner.language());
        details.put("readAloudAutomatically", learner.readAloudAutomatically());
        details.put("cohort", learner.cohortName());
        details.put("centre", learner.centreName());
        details.put("cohortStart", learner.schedule().startDate().toString());
        details.put("cohortEnd", learner.schedule().endDate().toString());
        details.put("cohortWeeks", learner.schedule().weeks());
        details.put("anonymisedAt", learner.anonymisedAt() == null ? null : learner.anonymisedAt().toString());
        root.put("learner", details);
        Map<String, Object> signIn = new LinkedHashMap<>();
        signIn.put("wrongCodesInARow", learner.wrongCodesInARow());
        signIn.put("locked", learner.locked());
        signIn.put("nextCodeTryAt", learner.nextCodeTryAt() == null ? null : learner.nextCodeTryAt().toString());
        signIn.put("signedInNow", data.signedInNow());
        root.put("signIn", signIn);
        root.put("answers", data.answers().stream().map(a -> {
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("answeredAt", a.answeredAt().toString());
            answer.put("moduleId", a.moduleId());
            answer.put("moduleTitle", a.moduleTitle());
            answer.put("contentVersion", a.contentVersion());
            answer.put("exerciseId", a.exerciseId());
            answer.put("question", a.question());
            answer.put("questionAsItWas", a.questionAsKept());
            answer.put("answer", a.answer());
            answer.put("correct", a.correct());
            answer.put("score", a.score());
            answer.put("firstTry", a.firstTry());
            answer.put("hintUsed", a.hintUsed());
            answer.put("seconds", a.seconds());
            return answer;
        }).toList());
        Map<String, Long> days = new LinkedHashMap<>();
        data.secondsPerDay().forEach((day, seconds) -> days.put(day.toString(), seconds));
        root.put("secondsPerDay", days);
        root.put("modules", data.modules().stream().map(m -> {
            Map<String, Object> module = new LinkedHashMap<>();
            module.put("moduleId", m.moduleId());
            module.put("moduleTitle", m.moduleTitle());
            module.put("contentVersion", m.contentVersion());
            module.put("currentStepId", m.currentStepId());
            module.put("startedAt", m.startedAt().toString());
            module.put("lastActivity", m.lastActivity().toString());
            module.put("secondsSpent", m.secondsSpent());
            return module;
        }).toList());
        root.put("teachersNotes", data.notes().stream().map(ExportFiles::note).toList());
        root.put("outcome", data.outcome().map(ExportFiles::outcome).orElse(null));
        data.intake().ifPresent(i -> {
            Map<String, Object> intake = new LinkedHashMap<>();
            intake.put("goals", i.goals().stream().sorted().map(Enum::name).toList());
            intake.put("goalsText", i.goalsText());
            intake.put("childcareNeeded", i.childcareNeeded());
            intake.put("hoursPerWeek", i.hoursPerWeek());
            intake.put("languagesSpoken", i.languagesSpoken());
            intake.put("languagesRead", i.languagesRead());
            intake.put("startingPoint", i.startingPoint().name());
            intake.put("writtenBy", i.writtenBy());
            intake.put("updatedAt", i.updatedAt().toString());
            root.put("intake", intake);
        });
        root.put("attendance", data.attendance().stream().map(a -> {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("week", a.week());
            line.put("moduleId", a.moduleId());
            line.put("status", a.status().name());
            line.put("hours", a.hours());
            return line;
        }).toList());
        root.put("modulesGivenToHer", data.assignments().stream().map(a -> {
            Map<String, Object> assignment = new LinkedHashMap<>();
            assignment.put("moduleId", a.moduleId());
            assignment.put("moduleTitle", a.moduleTitle());
            assignment.put("assignedAt", a.assignedAt().toString());
            return assignment;
        }).toList());
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(root);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static Map<String, Object> note(TeacherNoteRecord n) {
        Map<String, Object> note = new LinkedHashMap<>();
        note.put("writtenOn", n.writtenOn().toString());
        note.put("author", n.authorName());
        note.put("goals", n.goals());
        note.put("barriers", n.barriers());
        note.put("accommodations", n.accommodations());
        note.put("freeText", n.freeText());
        return note;
    }

    private String html() {
        StringBuilder page = new StringBuilder();
        String title = words("privacy.doc.title", data.learner().shortName());
        page.append("<!DOCTYPE html>\n<html lang=\"").append(locale.getLanguage()).append("\" dir=\"")
                .append(Translations.rightToLeft(locale) ? "rtl" : "ltr").append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<title>").append(text(title)).append("</title>\n<style>\n")
                .append("body { font-family: sans-serif; font-size: 12pt; color: #1b1b1b; margin: 2em; }\n")
                .append("table { border-collapse: collapse; width: 100%; margin-bottom: 2em; }\n")
                .append("th, td { border: 1px solid #595959; padding: 4px 6px; text-align: left; ")
                .append("vertical-align: top; }\n")
                .append("th { background: #eeeeee; }\n")
                .append("h2 { page-break-after: avoid; }\n")
                .append("</style>\n</head>\n<body>\n<main>\n<h1>").append(text(title)).append("</h1>\n<p>")
                .append(text(words("privacy.doc.intro", time(data.exportedAt()), data.exportedBy())))
                .append("</p>\n");
        section(page, "privacy.doc.details", List.of(words("privacy.doc.field"), words("privacy.doc.value")),
                detailRows());
        section(page, "privacy.doc.answers", answerHeader(), answerRows());
        section(page, "privacy.doc.time", List.of(words("privacy.doc.day"), words("privacy.doc.minutes")), dayRows());
        section(page, "privacy.doc.modules", moduleHeader(), moduleRows());
        section(page, "privacy.doc.notes", noteHeader(), noteRows());
        section(page, "intake.title", List.of(words("privacy.doc.field"), words("privacy.doc.value")), intakeRows());
        section(page, "attendance.title", attendanceHeader(), attendanceRows());
        section(page, "privacy.doc.plan", List.of(words("privacy.doc.module"), words("privacy.doc.assigned-at")),
                assignmentRows());
        page.append("</main>\n</body>\n</html>\n");
        return page.toString();
    }

    private void section(StringBuilder page, String titleKey, List<String> header, List<List<String>> rows) {
        page.append("<h2>").append(text(words(titleKey))).append("</h2>\n");
        if (rows.isEmpty()) {
            page.append("<p>").append(text(words("privacy.doc.none"))).append("</p>\n");
            return;
        }
        page.append("<table>\n<thead><tr>");
        header.forEach(cell -> page.append("<th scope=\"col\">").append(text(cell)).append("</th>"));
        page.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : rows) {
            page.append("<tr>");
            row.forEach(cell -> page.append("<td>").append(text(cell)).append("</td>"));
            page.append("</tr>\n");
        }
        page.append("</tbody>\n</table>\n");
    }

    private static String text(String value) {
        return HtmlUtils.htmlEscape(nonNull(value), "UTF-8");
    }

    private String words(String key, Object... params) {
        return translations.getTranslation(key, locale, params);
    }

    private String yesNo(boolean value) {
        return words(value ? "privacy.doc.yes" : "privacy.doc.no");
    }

    private String time(Instant instant) {
        return instant == null ? "" : DAY_AND_TIME.format(instant.atZone(zone));
    }

    private static String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
