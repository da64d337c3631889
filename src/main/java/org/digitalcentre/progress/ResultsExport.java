package org.digitalcentre.progress;

import org.digitalcentre.base.SignedIn;
import org.digitalcentre.content.ContentCatalogue;
import org.digitalcentre.content.Module;
import org.digitalcentre.learning.ModuleResult;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A cohort's results as a CSV file that LibreOffice Calc and Excel open as they are: UTF-8 with a byte-order mark
 * (so accents survive in Excel), semicolons (what both expect on French systems), Windows line ends. One line per
 * learner and module, with the figures of the teachers' screens. Every text cell is made harmless for spreadsheets
 * ({@link SpreadsheetCell}): a name that starts like a formula is shown as text, never run.
 */
@Service
public class ResultsExport {


    private final CohortProgressService progress;
    private final ContentCatalogue catalogue;

    ResultsExport(CohortProgressService progress, ContentCatalogue catalogue) {
        this.progress = progress;
        this.catalogue = catalogue;
    }

    /** @param words the reader's words for the header and the statuses, by translation key */
    @Transactional(readOnly = true)
    public byte[] cohortCsv(SignedIn staff, long cohortId, String language, UnaryOperator<String> words) {
        CohortGrid grid = progress.grid(staff, cohortId);
        List<List<Object>> records = new ArrayList<>();
        records.add(List.of(words.apply("export.learner"), words.apply("export.module"), words.apply("export.topic"),
                words.apply("export.status"), words.apply("export.score"), words.apply("export.answered"),
                words.apply("export.exercises"), words.apply("export.first-try"), words.apply("export.minutes")));
        for (CohortGrid.LearnerRow learner : grid.learners()) {
            for (CohortGrid.ModuleColumn column : grid.modules()) {
                ModuleResult result = learner.results().get(column.moduleId());
                Module module = catalogue.module(column.moduleId()).orElseThrow();
                records.add(List.of(learner.shortName(), module.title().in(language),
                        catalogue.topics().stream().filter(t -> t.id().equals(module.topicId())).findFirst()
                                .map(t -> t.title().in(language)).orElse(module.topicId()),
                        words.apply(result.status().translationKey()), result.score(),
                        result.exercisesAnswered(), result.exerciseCount(), result.firstTryRight(),
                        Math.round(result.secondsSpent() / 60.0)));
            }
        }
        return SpreadsheetCell.csvFile(records);
    }

}
