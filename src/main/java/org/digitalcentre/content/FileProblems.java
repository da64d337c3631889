package org.digitalcentre.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The problems found in one content file, named by its path relative to the content folder. */
final class FileProblems {

    private final String file;
    private final List<ContentProblem> found = new ArrayList<>();

    FileProblems(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    void add(String field, String message) {
        found.add(new ContentProblem(file, field, message));
    }

    /** Reports each id of a list that an earlier entry already has; null ids were reported as missing. */
    void addRepeatedIds(String listField, List<String> ids) {
        Map<String, Integer> firstPosition = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (id == null) {
                continue;
            }
            Integer first = firstPosition.putIfAbsent(id, i);
            if (first != null) {
                add(listField + "[" + i + "].id", "the id '" + id + "' is already used by " + listField + "[" + first + "]");
            }
        }
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    int count() {
        return found.size();
    }

    List<ContentProblem> list() {
        return List.copyOf(found);
    }
}
