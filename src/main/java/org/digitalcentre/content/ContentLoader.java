package org.digitalcentre.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads the content folder (the format is content/README.md) into a {@link Catalogue}. Bad content never throws:
 * each mistake becomes a {@link ContentProblem}, a module with any problem is left out, and the others still load.
 * A broken {@code topics.yaml} leaves no topic known, so every module then reports its topic as unknown.
 */
public class ContentLoader {

    static final String TOPICS_FILE = "topics.yaml";
    static final String MODULES_FOLDER = "modules";

    /** Modules come in the order of their topics in topics.yaml, then by id. */
    public Catalogue load(Path contentFolder) {
        Path folder = contentFolder.toAbsolutePath().normalize();
        if (!Files.isDirectory(folder)) {
            return new Catalogue(List.of(), List.of(), List.of(new ContentProblem(".", "",
                    "the content folder " + folder + " does not exist or is not a folder")));
        }
        List<ContentProblem> problems = new ArrayList<>();
        try (ContentYamlReader yaml = new ContentYamlReader()) {
            List<Topic> topics = readTopics(folder, yaml, problems);
            List<String> topicIds = topics.stream().map(Topic::id).toList();
            List<ModuleReader.Reading> readings = leaveOutRepeatedIds(
                    readModules(folder.resolve(MODULES_FOLDER), new ModuleReader(yaml, topicIds), problems));
            readings.forEach(reading -> problems.addAll(reading.problems()));
            List<Module> modules = readings.stream()
                    .map(ModuleReader.Reading::module)
                    .filter(Objects::nonNull)
                    .sorted(Comparator.comparingInt((Module module) -> topicIds.indexOf(module.topicId()))
                            .thenComparing(Module::id))
                    .toList();
            List<ContentProblem> warnings = new ArrayList<>();
            readings.stream().filter(reading -> reading.module() != null)
                    .forEach(reading -> warnings.addAll(reading.warnings()));
            modules.forEach(m -> warnings.addAll(ReadabilityCheck.warningsFor(m)));
            return new Catalogue(topics, modules, problems, warnings);
        }
    }

    private static List<Topic> readTopics(Path folder, ContentYamlReader yaml, List<ContentProblem> problems) {
        FileProblems topicProblems = new FileProblems(TOPICS_FILE);
        Optional<TopicsFile> file = yaml.readTree(folder.resolve(TOPICS_FILE), topicProblems)
                .flatMap(tree -> yaml.readEntry(tree, TopicsFile.class, "", topicProblems));
        file.filter(read -> read.topics() != null).ifPresent(read -> topicProblems.addRepeatedIds("topics",
                read.topics().stream().map(topic -> topic == null ? null : topic.id()).toList()));
        problems.addAll(topicProblems.list());
        if (file.isEmpty() || !topicProblems.isEmpty()) {
            return List.of();
        }
        return file.get().topics().stream().map(TopicsFile.Entry::toTopic).toList();
    }

    private static List<ModuleReader.Reading> readModules(Path modulesFolder, ModuleReader reader,
                                                          List<ContentProblem> problems) {
        if (!Files.isDirectory(modulesFolder)) {
            problems.add(new ContentProblem(MODULES_FOLDER, "", "the modules folder is missing"));
            return List.of();
        }
        List<Path> moduleFolders;
        try (Stream<Path> children = Files.list(modulesFolder)) {
            // Hidden folders (.git, editors' own) are not modules.
            moduleFolders = children.filter(Files::isDirectory)
                    .filter(child -> !child.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(child -> child.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            problems.add(new ContentProblem(MODULES_FOLDER, "", "the modules folder cannot be read: " + e.getMessage()));
            return List.of();
        }
        return moduleFolders.stream().map(reader::read).toList();
    }

    /**
     * Two modules with one id would mix their learners' records. The folder named like the id keeps it (that is
     * usually the original, and the other a copy whose id was not changed); every other module with it is left out.
     */
    private static List<ModuleReader.Reading> leaveOutRepeatedIds(List<ModuleReader.Reading> readings) {
        Map<String, List<ModuleReader.Reading>> byId = readings.stream()
                .filter(reading -> reading.declaredId() != null)
                .collect(Collectors.groupingBy(ModuleReader.Reading::declaredId, LinkedHashMap::new,
                        Collectors.toList()));
        return readings.stream().map(reading -> {
            List<ModuleReader.Reading> sameId = byId.getOrDefault(reading.declaredId(), List.of());
            if (sameId.size() < 2 || reading.folderName().equals(reading.declaredId())) {
                return reading;
            }
            String others = sameId.stream().filter(other -> other != reading)
                    .map(ModuleReader.Reading::file).collect(Collectors.joining(", "));
            return reading.leftOutBecause("id", "another module already has the id '" + reading.declaredId()
                    + "': " + others);
        }).toList();
    }
}
