package org.digitalcentre.content;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.springframework.stereotype.Service;
import org.springframework.util.FileSystemUtils;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * A module uploaded as a .zip by an author: checked whole before anything is written (size, file types, no path
 * that leaves the module's folder, valid content), then put in place at once and the catalogue reloaded — or
 * rejected with a report, and nothing written.
 */
@Service
public class ModuleUpload {

    public static final int MAX_ZIP_BYTES = 20 * 1024 * 1024;
    public static final long MAX_UNZIPPED_BYTES = 60L * 1024 * 1024;
    public static final Set<String> ALLOWED_ENDINGS = Set.of(".yaml", ".md", ".svg", ".png", ".jpg", ".jpeg", ".webp",
            ".mp3", ".ogg", ".wav");

    private final ContentCatalogue catalogue;
    private final Path contentFolder;

    public ModuleUpload(ContentCatalogue catalogue, ContentProperties properties) {
        this.catalogue = catalogue;
        this.contentFolder = properties.folder();
    }

    /** What an upload did: the module it put in place, or the problems that kept it out. */
    public record Result(String moduleId, List<ContentProblem> problems) {
        public boolean accepted() {
            return problems.isEmpty();
        }
    }

    public Result upload(String fileName, byte[] zip) {
        if (zip.length > MAX_ZIP_BYTES) {
            return rejected(fileName, "the file is larger than " + MAX_ZIP_BYTES / (1024 * 1024) + " MB");
        }
        Map<String, byte[]> files;
        try {
            files = unzip(zip);
        } catch (Rejected rejected) {
            return rejected(fileName, rejected.getMessage());
        }
        if (files.isEmpty()) {
            return rejected(fileName, "this is not a .zip file, or it is empty");
        }
        // A module's files sit either at the top of the zip or in one folder named after the module.
        String prefix = commonFolder(files.keySet());
        Map<String, byte[]> moduleFiles = new LinkedHashMap<>();
        files.forEach((name, bytes) -> moduleFiles.put(name.substring(prefix.length()), bytes));
        if (!moduleFiles.containsKey("module.yaml")) {
            return rejected(fileName, "the zip has no module.yaml (at its top, or in one folder)");
        }
        try {
            Path trial = Files.createTempDirectory("module-upload");
            try {
                Files.copy(contentFolder.resolve(ContentLoader.TOPICS_FILE), trial.resolve(ContentLoader.TOPICS_FILE));
                Path staged = trial.resolve(ContentLoader.MODULES_FOLDER).resolve("uploaded");
                write(moduleFiles, staged);
                String id = idIn(staged.resolve("module.yaml"));
                if (id == null) {
                    return rejected(fileName, "module.yaml has no readable id");
                }
                Path named = staged.resolveSibling(id);
                Files.move(staged, named);
                Catalogue checked = new ContentLoader().load(trial);
                List<ContentProblem> problems = checked.problems().stream()
                        .filter(p -> p.file().startsWith(ContentLoader.MODULES_FOLDER + "/" + id + "/")).toList();
                if (!problems.isEmpty() || checked.module(id).isEmpty()) {
                    return new Result(id, problems.isEmpty() ? List.of(new ContentProblem(fileName, "",
                            "the module could not be read")) : problems);
                }
                putInPlace(named, contentFolder.resolve(ContentLoader.MODULES_FOLDER).resolve(id));
                catalogue.reload();
                return new Result(id, List.of());
            } finally {
                FileSystemUtils.deleteRecursively(trial);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The new folder replaces the old one in two renames, so learners never see a half-written module. */
    private static void putInPlace(Path checked, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Path incoming = target.resolveSibling("." + target.getFileName() + ".incoming");
        Path old = target.resolveSibling("." + target.getFileName() + ".old");
        FileSystemUtils.deleteRecursively(incoming);
        FileSystemUtils.copyRecursively(checked, incoming);
        if (Files.exists(target)) {
            FileSystemUtils.deleteRecursively(old);
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(incoming, target, StandardCopyOption.ATOMIC_MOVE);
        FileSystemUtils.deleteRecursively(old);
    }

    private static void write(Map<String, byte[]> files, Path folder) throws IOException {
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path target = folder.resolve(file.getKey()).normalize();
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
    }

    private static Map<String, byte[]> unzip(byte[] zip) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String name = entry.getName();
                if (entry.isDirectory() || isLeftByTheSystem(name)) {
                    continue;
                }
                if (name.contains("\\") || name.startsWith("/") || name.contains(":")
                        || List.of(name.split("/")).contains("..")) {
                    throw new Rejected("'" + name + "' points outside the module's folder");
                }
                String lower = name.toLowerCase(Locale.ROOT);
                if (ALLOWED_ENDINGS.stream().noneMatch(lower::endsWith)) {
                    throw new Rejected("'" + name + "' is not allowed: only " + String.join(", ",
                            ALLOWED_ENDINGS.stream().sorted().toList()) + " files");
                }
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_UNZIPPED_BYTES - total + 1));
                total += bytes.length;
                if (total > MAX_UNZIPPED_BYTES) {
                    throw new Rejected("the files are larger than " + MAX_UNZIPPED_BYTES / (1024 * 1024)
                            + " MB once unpacked");
                }
                files.put(name, bytes);
            }
        } catch (ZipException notAZip) {
            throw new Rejected("this is not a .zip file that can be opened");
        } catch (IOException e) {
            throw new Rejected("this is not a .zip file that can be opened");
        }
        return files;
    }

    /**
     * What a computer adds to a zip by itself, not the author: a Mac's {@code __MACOSX/} folder and
     * {@code .DS_Store}, Windows' {@code Thumbs.db} and {@code desktop.ini}. Left out, so such a zip is accepted.
     */
    private static boolean isLeftByTheSystem(String name) {
        String fileName = name.substring(name.lastIndexOf('/') + 1);
        return name.startsWith("__MACOSX/") || fileName.equals(".DS_Store") || fileName.equals("Thumbs.db")
                || fileName.equals("desktop.ini");
    }

    private static String commonFolder(Set<String> names) {
        if (names.contains("module.yaml")) {
            return "";
        }
        String first = names.iterator().next();
        int slash = first.indexOf('/');
        if (slash < 0) {
            return "";
        }
        String folder = first.substring(0, slash + 1);
        return names.stream().allMatch(n -> n.startsWith(folder)) ? folder : "";
    }

    private static Result rejected(String fileName, String message) {
        return new Result(null, List.of(new ContentProblem(fileName, "", message)));
    }

    private static final class Rejected extends RuntimeException {
        Rejected(String message) {
            super(message);
        }
    }

    /** Reads only the id of a module.yaml (with Jackson's YAML reader), so the staged folder can be named after it. */
    private static String idIn(Path moduleYaml) {
        try {
            String id = new ObjectMapper(new YAMLFactory()).readTree(moduleYaml.toFile()).path("id").asText("");
            return id.matches("[a-z0-9]+(-[a-z0-9]+)*") ? id : null;
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }
}
