package org.digitalcentre.privacy;

import org.digitalcentre.People;
import org.digitalcentre.base.Role;
import org.digitalcentre.classroom.CodeCheck;
import org.digitalcentre.classroom.LearnerTile;
import org.digitalcentre.learning.LearningService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LearnerErasureTest extends PrivacyServiceTest {

    @Autowired
    LearnerErasure erasure;

    private PrivacyFixture.Staff admin;
    private People.Cohort group;
    private long amina;
    private long fatou;

    @BeforeEach
    void twoLearnersWhoDidEverything() {
        admin = fixture.staff("privacy-admin", Role.ADMIN);
        group = fixture.cohort("Morning group", "Amina", "Fatou");
        amina = group.learnerIds()[0];
        fatou = group.learnerIds()[1];
        fixture.aLearnerWhoDidEverything(admin, amina);
        fixture.aLearnerWhoDidEverything(admin, fatou);
        flush();
    }

    /**
     * Every column that holds a learner's id, found in the database's own catalogue (INFORMATION_SCHEMA, on H2 and on
     * PostgreSQL): a column named learner_id, or any column with a foreign key to the learner table. A table added
     * later is found here without changing this test.
     */
    private Map<String, String> columnsHoldingALearner() {
        Map<String, String> columns = new LinkedHashMap<>();
        jdbc.queryForList("select table_name, column_name from information_schema.columns "
                        + "where table_schema = current_schema and lower(column_name) like '%learner_id%' "
                        + "order by table_name, column_name")
                .forEach(row -> columns.put(lower(row.get("table_name")) + "." + lower(row.get("column_name")),
                        lower(row.get("table_name"))));
        jdbc.queryForList("select fk.table_name, fk.column_name from information_schema.referential_constraints rc "
                        + "join information_schema.key_column_usage fk on fk.constraint_name = rc.constraint_name "
                        + "and fk.constraint_schema = rc.constraint_schema "
                        + "join information_schema.key_column_usage pk on pk.constraint_name = rc.unique_constraint_name "
                        + "and pk.constraint_schema = rc.unique_constraint_schema "
                        + "where lower(pk.table_name) = 'learner' and fk.constraint_schema = current_schema")
                .forEach(row -> columns.put(lower(row.get("table_name")) + "." + lower(row.get("column_name")),
                        lower(row.get("table_name"))));
        return columns;
    }

    /** Tables whose rows belong to one of her rows (a simulation try's graded steps belong to the try). */
    private Set<String> tablesUnderHerRows(Set<String> herTables) {
        Set<String> under = new LinkedHashSet<>();
        for (Map<String, Object> row : jdbc.queryForList("select fk.table_name, pk.table_name as parent "
                + "from information_schema.referential_constraints rc "
                + "join information_schema.key_column_usage fk on fk.constraint_name = rc.constraint_name "
                + "and fk.constraint_schema = rc.constraint_schema "
                + "join information_schema.key_column_usage pk on pk.constraint_name = rc.unique_constraint_name "
                + "and pk.constraint_schema = rc.unique_constraint_schema "
                + "where fk.constraint_schema = current_schema")) {
            String parent = lower(row.get("parent"));
            if (herTables.contains(parent) && !parent.equals("learner")) {
                under.add(lower(row.get("table_name")) + " (under " + parent + ")");
            }
        }
        return under;
    }

    private int rowsOf(String tableAndColumn, long learnerId) {
        String[] parts = tableAndColumn.split("\\.");
        return jdbc.queryForObject("select count(*) from " + parts[0] + " where " + parts[1] + " = ?", Integer.class,
                learnerId);
    }

    @Test
    void erasing_a_learner_leaves_no_row_of_hers_in_any_table_of_the_database() {
        Map<String, String> columns = columnsHoldingALearner();
        assertThat(columns).as("columns that hold a learner's id").containsKeys("attempt.learner_id",
                "module_progress.learner_id", "learner_day.learner_id", "simulation_draft.learner_id",
                "teacher_note.learner_id", "assigned_module.learner_id", "learner_outcome.learner_id");
        List<String> emptyBefore = new ArrayList<>();
        columns.keySet().forEach(column -> {
            if (rowsOf(column, amina) == 0) {
                emptyBefore.add(column);
            }
        });
        assertThat(emptyBefore).as("tables where the fixture gave her no row: give her one in PrivacyFixture, "
                + "then make LearnerErasure erase it").isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from attempt_step s join attempt a on a.id = s.attempt_id "
                + "where a.learner_id = ?", Integer.class, amina)).isPositive();
        assertThat(tablesUnderHerRows(new LinkedHashSet<>(columns.values())))
                .as("tables that hang under her rows; each must be erased with them")
                .containsExactly("attempt_step (under attempt)");

        erasure.erase(admin, amina, " amina ");
        flush();

        columns.keySet().forEach(column -> assertThat(rowsOf(column, amina)).as(column).isZero());
        assertThat(jdbc.queryForObject("select count(*) from learner where id = ?", Integer.class, amina)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from attempt_step where attempt_id not in "
                + "(select id from attempt)", Integer.class)).isZero();
        columns.keySet().forEach(column -> assertThat(rowsOf(column, fatou)).as("Fatou's " + column).isPositive());
    }

    @Test
    void nothing_is_erased_unless_her_first_name_is_typed() {
        assertThatThrownBy(() -> erasure.erase(admin, amina, "Fatou"))
                .isInstanceOf(LearnerErasure.NameNotConfirmed.class);
        assertThatThrownBy(() -> erasure.erase(admin, amina, ""))
                .isInstanceOf(LearnerErasure.NameNotConfirmed.class);
        assertThatThrownBy(() -> erasure.erase(admin, amina, null))
                .isInstanceOf(LearnerErasure.NameNotConfirmed.class);
        flush();
        assertThat(jdbc.queryForObject("select count(*) from attempt where learner_id = ?", Integer.class, amina))
                .isEqualTo(2);
    }

    @Test
    void only_an_administrator_erases_or_anonymises() {
        PrivacyFixture.Staff teacher = fixture.staff("privacy-teacher", Role.TEACHER);
        assertThatThrownBy(() -> erasure.erase(teacher, amina, "Amina")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> erasure.anonymise(teacher, amina)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> erasure.lossOf(teacher, amina)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_confirm_dialog_counts_what_erasing_her_would_remove() {
        LearnerErasure.Loss loss = erasure.lossOf(admin, amina);

        assertThat(loss.firstName()).isEqualTo("Amina");
        assertThat(loss.answers()).isEqualTo(2);
        assertThat(loss.modules()).isEqualTo(1);
        assertThat(loss.days()).isEqualTo(1);
        assertThat(loss.drafts()).isEqualTo(1);
        assertThat(loss.notes()).isEqualTo(1);
        assertThat(loss.modulesGivenToHer()).isEqualTo(1);
    }

    @Test
    void an_anonymised_learner_keeps_her_results_for_the_group_but_loses_name_picture_code_notes_and_drafts() {
        List<Long> both = List.of(amina, fatou);
        List<LearningService.ExerciseStats> statsBefore = learning.firstTryStats(both);
        var resultsBefore = learning.resultsOf(amina, catalogue::module);
        Map<java.time.LocalDate, Long> timeBefore = learning.secondsPerDay(amina);

        jdbc.update("update learner set language = 'ar', read_aloud_automatically = true where id = ?", amina);
        assertThat(erasure.anonymise(admin, amina)).isTrue();
        flush();

        Map<String, Object> row = jdbc.queryForMap("select first_name, last_initial, picture, code_hash, "
                + "anonymised_at, language, read_aloud_automatically from learner where id = ?", amina);
        assertThat(row.get("language")).as("her language says something about her").isNull();
        assertThat(row.get("read_aloud_automatically")).isEqualTo(false);
        assertThat(row.get("first_name")).isEqualTo("Apprenante 1");
        assertThat(row.get("last_initial")).isEqualTo("");
        assertThat(row.get("picture")).isNull();
        assertThat(row.get("code_hash")).isNull();
        assertThat(row.get("anonymised_at")).isNotNull();
        assertThat(jdbc.queryForObject("select count(*) from teacher_note where learner_id = ?", Integer.class, amina))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from simulation_draft where learner_id = ?", Integer.class,
                amina)).isZero();
        assertThat(learning.firstTryStats(both)).containsExactlyInAnyOrderElementsOf(statsBefore);
        assertThat(learning.resultsOf(amina, catalogue::module)).isEqualTo(resultsBefore);
        assertThat(learning.secondsPerDay(amina)).isEqualTo(timeBefore);

        assertThat(classroom.signInTilesOf(group.id())).extracting(LearnerTile::id).containsExactly(fatou);
        assertThat(classroom.learnerWhoMaySignIn(amina)).isEmpty();
        assertThat(classroom.checkCode(amina, People.codeOf(0)).outcome()).isEqualTo(CodeCheck.Outcome.REFUSED);
        assertThat(classroom.learnersOf(group.id())).extracting(LearnerTile::shortName)
                .containsExactlyInAnyOrder("Apprenante 1", "Fatou X.");
        assertThatThrownBy(() -> notes.write(admin, amina, new org.digitalcentre.classroom.NoteDraft(
                java.time.LocalDate.of(2026, 9, 7), "A new goal", "", "", "")))
                .as("no new note about her").isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anonymising_twice_changes_nothing_more_and_the_next_one_gets_the_next_number() {
        erasure.anonymise(admin, amina);
        assertThat(erasure.anonymise(admin, amina)).isFalse();
        erasure.anonymise(admin, fatou);
        flush();

        assertThat(jdbc.queryForList("select first_name from learner where cohort_id = ? order by id", String.class,
                group.id())).containsExactly("Apprenante 1", "Apprenante 2");
    }

    @Test
    void what_she_typed_in_a_simulation_is_emptied_but_what_she_did_and_its_grade_stay() {
        jdbc.update("insert into attempt (learner_id, module_id, content_version, exercise_id, answer, correct, score, "
                + "first_try, first_try_mark, hint_used, time_spent_ms, started_at, ended_at) values (?, 'a-simulation', "
                + "'v1', 'form', ?, true, 100, true, true, false, 1000, current_timestamp, current_timestamp)", amina,
                "{\"kind\":\"simulation\",\"events\":[{\"action\":\"type\",\"target\":\"address\","
                        + "\"value\":\"12 rue des Lilas\"},{\"action\":\"submit\",\"target\":\"\",\"value\":\"\"}]}");

        erasure.anonymise(admin, amina);
        flush();

        String kept = jdbc.queryForObject("select answer from attempt where learner_id = ? and module_id = "
                + "'a-simulation'", String.class, amina);
        assertThat(kept).doesNotContain("Lilas").contains("\"action\":\"type\"", "\"target\":\"address\"",
                "\"action\":\"submit\"");
        assertThat(jdbc.queryForObject("select score from attempt where learner_id = ? and module_id = "
                + "'a-simulation'", Integer.class, amina)).isEqualTo(100);
        assertThat(jdbc.queryForObject("select answer from attempt where learner_id = ? and exercise_id = "
                + "'where-to-type'", String.class, amina)).contains("page");
    }

    private static String lower(Object name) {
        return String.valueOf(name).toLowerCase(java.util.Locale.ROOT);
    }

    @Test
    void an_anonymised_learner_keeps_her_outcome_for_the_centres_figures_but_not_the_note_on_it() {
        erasure.anonymise(admin, amina);
        flush();

        assertThat(jdbc.queryForObject("select category from learner_outcome where learner_id = ?", String.class,
                amina)).isEqualTo("NEW_PROJECT");
        assertThat(jdbc.queryForObject("select note from learner_outcome where learner_id = ?", String.class, amina))
                .isNull();
        assertThat(jdbc.queryForObject("select note from learner_outcome where learner_id = ?", String.class, fatou))
                .isEqualTo("Opens a sewing shop");
    }
}
