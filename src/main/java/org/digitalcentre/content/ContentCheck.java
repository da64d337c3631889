package org.digitalcentre.content;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * Checks a content folder without starting the server: {@code mvn -q compile exec:java} (content/README.md).
 * Lists every mistake (which leaves a module out) and every warning (texts that may be hard to read); the exit
 * status is 1 when there is any mistake, 0 otherwise.
 */
public final class ContentCheck {

    private ContentCheck() {
    }

    public static void main(String[] args) {
        Path folder = Path.of(args.length > 0 ? args[0] : "content");
        int status = check(folder, System.out);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Prints the report; returns 1 when the content has mistakes, 0 otherwise. */
    public static int check(Path folder, PrintStream out) {
        Catalogue catalogue = new ContentLoader().load(folder);
        out.println("Content check of " + folder.toAbsolutePath().normalize());
        for (ContentProblem problem : catalogue.problems()) {
            out.println("MISTAKE  " + problem);
        }
        for (ContentProblem warning : catalogue.warnings()) {
            out.println("WARNING  " + warning);
        }
        out.println(catalogue.modules().size() + " modules valid, " + catalogue.problems().size() + " mistakes, "
                + catalogue.warnings().size() + " warnings.");
        return catalogue.problems().isEmpty() ? 0 : 1;
    }
}
