package org.digitalcentre.classroom;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.digitalcentre.base.PlainText;
import org.digitalcentre.base.SignedIn;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Enrols a cohort's learners from a CSV file of names, as a teacher exports it from a spreadsheet: UTF-8 or the
 * Windows encoding French spreadsheets use, separated by semicolons or commas, with a header line naming the
 * columns ("prénom"/"first name", "initiale"/"initial" or "nom"/"last name", optionally "code" and "image").
 * Good lines are enrolled and bad ones reported with their reasons, all in one transaction: a failure part-way
 * leaves nothing behind.
 */
@Service
public class LearnerImport {

    public static final int MAX_BYTES = 200_000;
    public static final int MAX_LINES = 500;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final CohortAdministration administration;
    private final Validator validator;
    private final RandomGenerator random = new SecureRandom();

    LearnerImport(CohortAdministration administration, Validator validator) {
        this.administration = administration;
        this.validator = validator;
    }

    @Transactional
    public ImportReport importCsv(SignedIn staff, long cohortId, byte[] file) {
        administration.cohortFor(staff, cohortId);
        if (file.length > MAX_BYTES) {
            return ImportReport.unreadable("import.too-large");
        }
        String text = decode(file);
        List<CSVRecord> records;
        Map<Column, Integer> columns;
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiterOf(text))
                .setIgnoreEmptyLines(true).setTrim(true).get().parse(new StringReader(text))) {
            records = parser.getRecords();
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException unreadable) {
            return ImportReport.unreadable("import.not-csv");
        }
        if (records.isEmpty()) {
            return ImportReport.unreadable("import.empty");
        }
        columns = Column.find(records.get(0));
        if (!columns.containsKey(Column.FIRST_NAME)) {
            return ImportReport.unreadable("import.no-first-name-column");
        }
        if (records.size() == 1) {
            return ImportReport.unreadable("import.empty");
        }
        if (records.size() - 1 > MAX_LINES) {
            return ImportReport.unreadable("import.too-many-lines");
        }

        List<LearnerDetails> existing = administration.learners(staff, cohortId);
        Set<String> names = new HashSet<>();
        existing.forEach(l -> names.add(key(l.firstName(), l.lastInitial())));
        Set<LearnerPicture> unusedPictures = EnumSet.allOf(LearnerPicture.class);
        existing.forEach(l -> unusedPictures.remove(l.picture()));

        List<ImportReport.Enrolled> enrolled = new ArrayList<>();
        List<ImportReport.Rejected> rejected = new ArrayList<>();
        LineCounter lines = new LineCounter(text);
        for (CSVRecord record : records.subList(1, records.size())) {
            if (record.stream().allMatch(String::isBlank)) {
                continue; // an empty spreadsheet row (";;"): nothing to enrol, nothing to report
            }
            int line = lines.lineOf(record);
            String firstName = Column.FIRST_NAME.in(record, columns);
            String initial = initialFrom(Column.INITIAL.in(record, columns));
            String code = Column.CODE.in(record, columns);
            Optional<LearnerPicture> picture = LearnerPicture.named(Column.PICTURE.in(record, columns));
            List<String> reasons = new ArrayList<>();
            if (!Column.PICTURE.in(record, columns).isEmpty() && picture.isEmpty()) {
                reasons.add("import.unknown-picture");
            }
            NewLearner learner = new NewLearner(firstName, initial,
                    picture.orElseGet(() -> nextPicture(unusedPictures)), code.isEmpty() ? newCode() : code);
            for (ConstraintViolation<NewLearner> violation : validator.validate(learner)) {
                reasons.add(violation.getMessage());
            }
            if (reasons.isEmpty() && !names.add(key(learner.firstName(), learner.cleanInitial()))) {
                reasons.add("import.duplicate");
            }
            if (!reasons.isEmpty()) {
                rejected.add(new ImportReport.Rejected(line, PlainText.Check.visible(String.join(" ; ", record.toList())),
                        reasons.stream()
                        .distinct().toList()));
                continue;
            }
            administration.enrol(staff, cohortId, learner);
            unusedPictures.remove(learner.picture());
            String shortName = learner.cleanInitial().isEmpty() ? learner.firstName().strip()
                    : learner.firstName().strip() + " " + learner.cleanInitial() + ".";
            enrolled.add(new ImportReport.Enrolled(line, shortName, learner.picture(), learner.code()));
        }
        return new ImportReport(enrolled, rejected, null);
    }

    /** UTF-8 when the bytes are valid UTF-8 (a byte-order mark is dropped), the Windows encoding otherwise. */
    static String decode(byte[] file) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException notUtf8) {
            return new String(file, WINDOWS_1252);
        }
    }

    /** Spreadsheets set to French separate with semicolons, others with commas; the header line tells which. */
    static char delimiterOf(String text) {
        String header = text.lines().filter(line -> !line.isBlank()).findFirst().orElse("");
        long semicolons = header.chars().filter(c -> c == ';').count();
        long commas = header.chars().filter(c -> c == ',').count();
        long tabs = header.chars().filter(c -> c == '\t').count();
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        return semicolons >= commas && semicolons > 0 ? ';' : ',';
    }

    /** "Diallo" or "D." or "d" → "D". */
    private static String initialFrom(String value) {
        String letters = value.replace(".", "").strip();
        return letters.isEmpty() ? "" : letters.substring(0, 1);
    }

    private static String key(String firstName, String initial) {
        return (firstName.strip() + "|" + initial.strip()).toLowerCase(Locale.ROOT);
    }

    private static LearnerPicture nextPicture(Set<LearnerPicture> unused) {
        return unused.isEmpty() ? LearnerPicture.values()[0] : unused.iterator().next();
    }

    private String newCode() {
        return String.format("%04d", random.nextInt(10_000));
    }

    /**
     * Tells the line of the file (header = line 1) where a record starts. The parser's record number would not do:
     * it skips blank lines, so the teacher would be sent to the wrong line.
     */
    private static final class LineCounter {
        private final String text;
        private int position;
        private int line = 1;

        LineCounter(String text) {
            this.text = text;
        }

        /** Records come in order, so counting goes on from the previous one. */
        int lineOf(CSVRecord record) {
            // A record's position is where the parser started reading it, before the blank lines it skipped.
            int start = (int) record.getCharacterPosition();
            while (start < text.length() && (text.charAt(start) == '\r' || text.charAt(start) == '\n')) {
                start++;
            }
            for (; position < start; position++) {
                char c = text.charAt(position);
                if (c == '\n' || (c == '\r' && (position + 1 == text.length() || text.charAt(position + 1) != '\n'))) {
                    line++;
                }
            }
            return line;
        }
    }

    /** The columns a teacher's file may have, recognised by their header in French or English. */
    enum Column {
        FIRST_NAME("prenom", "firstname", "first"),
        INITIAL("initiale", "initial", "nom", "lastname", "last", "lastinitial", "nomdefamille"),
        CODE("code", "codesecret"),
        PICTURE("image", "picture", "dessin");

        private final Set<String> headers;

        Column(String... headers) {
            this.headers = Set.of(headers);
        }

        static Map<Column, Integer> find(CSVRecord header) {
            Map<Column, Integer> found = new java.util.EnumMap<>(Column.class);
            for (int i = 0; i < header.size(); i++) {
                String name = simplified(header.get(i));
                for (Column column : values()) {
                    if (column.headers.contains(name)) {
                        found.putIfAbsent(column, i);
                    }
                }
            }
            return found;
        }

        String in(CSVRecord record, Map<Column, Integer> columns) {
            Integer index = columns.get(this);
            return index == null || index >= record.size() ? "" : record.get(index).strip();
        }

        private static String simplified(String header) {
            String plain = Normalizer.normalize(header.replace("\uFEFF", ""), Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", "");
            return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        }
    }
}
