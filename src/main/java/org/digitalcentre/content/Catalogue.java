package org.digitalcentre.content;

import java.util.List;
import java.util.Optional;

/**
 * Everything read from the content folder: the valid topics and modules, the mistakes that left modules out, and
 * warnings about texts that may be hard to read (they leave nothing out).
 */
public record Catalogue(List<Topic> topics, List<Module> modules, List<ContentProblem> problems,
                        List<ContentProblem> warnings) {

    public Catalogue {
        topics = List.copyOf(topics);
        modules = List.copyOf(modules);
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    public Catalogue(List<Topic> topics, List<Module> modules, List<ContentProblem> problems) {
        this(topics, modules, problems, List.of());
    }

    public Optional<Module> module(String id) {
        return modules.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    public Optional<Topic> topic(String id) {
        return topics.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public List<Module> modulesOf(String topicId) {
        return modules.stream().filter(m -> m.topicId().equals(topicId)).toList();
    }
}
