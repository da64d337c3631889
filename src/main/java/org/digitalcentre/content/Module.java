package org.digitalcentre.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A module as read from {@code content/modules/<id>/}. {@code version} is derived from its files, so it changes
 * whenever an author changes one. {@code readAloud} holds, by step id and language, the recordings of steps read
 * aloud. {@code textLanguages} are the languages every one of its texts is written in: French and English always,
 * an optional language (Arabic) only when no text lacks it.
 */
public record Module(String id, String topicId, int level, List<String> competences, int minutes,
                     int masteryPercent, LocalizedText title, LocalizedText summary, List<Step> steps,
                     String version, Path folder, Map<String, Map<String, Path>> readAloud,
                     List<String> textLanguages) {

    public static final int DEFAULT_MASTERY_PERCENT = 80;

    public Module {
        competences = List.copyOf(competences);
        steps = List.copyOf(steps);
        readAloud = Map.copyOf(readAloud);
        textLanguages = List.copyOf(textLanguages);
    }

    /** A module whose texts are in the required languages only. */
    public Module(String id, String topicId, int level, List<String> competences, int minutes, int masteryPercent,
                  LocalizedText title, LocalizedText summary, List<Step> steps, String version, Path folder,
                  Map<String, Map<String, Path>> readAloud) {
        this(id, topicId, level, competences, minutes, masteryPercent, title, summary, steps, version, folder,
                readAloud, ContentLanguages.REQUIRED);
    }

    /** A module without recordings. */
    public Module(String id, String topicId, int level, List<String> competences, int minutes, int masteryPercent,
                  LocalizedText title, LocalizedText summary, List<Step> steps, String version, Path folder) {
        this(id, topicId, level, competences, minutes, masteryPercent, title, summary, steps, version, folder,
                Map.of());
    }

    /**
     * The language this module's texts are shown in to someone who wants {@code wanted} (her interface's language):
     * that one when every text of the module is written in it, else French, so that she never reads a mix.
     */
    public String textLanguage(String wanted) {
        return wanted != null && textLanguages.contains(wanted) ? wanted : ContentLanguages.FRENCH;
    }

    /** The recording of a step read aloud in this language, where the author gave one. */
    public Optional<Path> readAloud(String stepId, String language) {
        return Optional.ofNullable(readAloud.getOrDefault(stepId, Map.of()).get(language));
    }

    public List<Exercise> exercises() {
        return steps.stream().filter(Exercise.class::isInstance).map(Exercise.class::cast).toList();
    }

    public Optional<Exercise> exercise(String exerciseId) {
        return exercises().stream().filter(e -> e.id().equals(exerciseId)).findFirst();
    }

    /** The position of a step, or -1 when the module no longer has it. */
    public int indexOf(String stepId) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).id().equals(stepId)) {
                return i;
            }
        }
        return -1;
    }
}
