package org.digitalcentre.learning;

import jakarta.persistence.EntityManager;
import org.digitalcentre.simulation.SimEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * Everything the learning feature holds about one learner, for the privacy feature: read it all (to export it),
 * erase it all, or keep only what the group's figures need. The privacy feature checks that an administrator asks
 * (or that the retention rule is due) before calling; nothing here is reachable from a learner's screen.
 */
@Service
public class LearnerActivityRecords {

    private final EntityManager entities;

    LearnerActivityRecords(EntityManager entities) {
        this.entities = entities;
    }

    /** How many rows of each kind she has: what erasing her would remove. */
    public record Counts(int attempts, int modules, int days, int drafts) {
    }

    @Transactional(readOnly = true)
    public List<ModuleProgressRecord> progressOf(long learnerId) {
        return entities.createQuery("select new org.digitalcentre.learning.ModuleProgressRecord("
                        + "p.moduleId, p.contentVersion, p.currentStepId, p.startedAt, p.updatedAt, p.secondsSpent) "
                        + "from ModuleProgress p where p.learnerId = :learnerId order by p.startedAt, p.id",
                ModuleProgressRecord.class).setParameter("learnerId", learnerId).getResultList();
    }

    @Transactional(readOnly = true)
    public Counts countsOf(long learnerId) {
        return new Counts(count("attempt", learnerId), count("module_progress", learnerId),
                count("learner_day", learnerId), count("simulation_draft", learnerId));
    }

    /** Erases every row of hers this feature holds: her answers and their graded steps, progress, days, drafts. */
    @Transactional
    public void erase(long learnerId) {
        entities.flush();
        entities.createNativeQuery("delete from attempt_step where attempt_id in "
                + "(select id from attempt where learner_id = ?1)").setParameter(1, learnerId).executeUpdate();
        for (String table : List.of("attempt", "module_progress", "learner_day", "simulation_draft")) {
            entities.createNativeQuery("delete from " + table + " where learner_id = ?1").setParameter(1, learnerId)
                    .executeUpdate();
        }
        entities.clear();
    }

    /**
     * Keeps her results for the group's figures but nothing she typed freely: her unchecked tries go, and in her
     * simulation tries every typed or chosen value is emptied (a letter, a form filled with her address...), while
     * what she did, the graded steps and the scores stay. Words typed in an exercise's blanks stay: they answer a
     * question, and they are the group's most common wrong answers (docs/decisions/0013).
     *
     * @return how many of her attempts were changed
     */
    @Transactional
    public int keepOnlyResults(long learnerId) {
        entities.flush();
        entities.createNativeQuery("delete from simulation_draft where learner_id = ?1").setParameter(1, learnerId)
                .executeUpdate();
        List<?> rows = entities.createNativeQuery("select id, answer from attempt where learner_id = ?1")
                .setParameter(1, learnerId).getResultList();
        int changed = 0;
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            String json = (String) columns[1];
            if (!(AnswerCodec.fromJson(json) instanceof Answer.SimulationEvents done)) {
                continue;
            }
            List<SimEvent> emptied = done.events().stream()
                    .map(event -> new SimEvent(event.action(), event.target(), "")).toList();
            String kept = AnswerCodec.toJson(new Answer.SimulationEvents(emptied));
            if (!kept.equals(json)) {
                entities.createNativeQuery("update attempt set answer = ?1 where id = ?2").setParameter(1, kept)
                        .setParameter(2, ((Number) columns[0]).longValue()).executeUpdate();
                changed++;
            }
        }
        entities.clear();
        return changed;
    }

    private int count(String table, long learnerId) {
        return ((Number) entities.createNativeQuery("select count(*) from " + table + " where learner_id = ?1")
                .setParameter(1, learnerId).getSingleResult()).intValue();
    }
}
