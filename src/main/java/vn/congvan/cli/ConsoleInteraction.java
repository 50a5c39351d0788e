package vn.congvan.cli;

import java.io.Console;
import java.io.PrintStream;
import java.util.Optional;
import java.util.Set;

import vn.congvan.app.Interaction;
import vn.congvan.app.Logging;
import vn.congvan.text.VietnameseText;

/**
 * How the command line asks its user: on the terminal, when there is one. Without a terminal (a script,
 * a scheduled task) nobody can answer: no secret, every question answered no, and no progress shown.
 */
final class ConsoleInteraction implements Interaction {
    /** "c", "có", "y", "yes", compared without diacritics or case. */
    private static final Set<String> YES = Set.of("c", "co", "y", "yes");
    private final boolean clerkAtTerminal;
    private final PrintStream err;

    ConsoleInteraction() {
        this(System.console() != null, System.err);
    }

    /** @param clerkAtTerminal whether someone watches a terminal, to whom progress and notices go on {@code err} */
    ConsoleInteraction(boolean clerkAtTerminal, PrintStream err) {
        this.clerkAtTerminal = clerkAtTerminal;
        this.err = err;
    }

    @Override
    public Optional<char[]> secret(String prompt) {
        Console console = System.console();
        if (console == null) {
            return Optional.empty();
        }
        char[] typed = console.readPassword("%s", prompt);
        return typed == null || typed.length == 0 ? Optional.empty() : Optional.of(typed);
    }

    @Override
    public boolean confirm(String question) {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        String answer = console.readLine("%s %s", question, CliText.get("confirm.choices"));
        return answer != null && YES.contains(VietnameseText.fold(answer.strip()));
    }

    @Override
    public void progress(String step, int done, int total) {
        // Only for someone watching a terminal; scripts get the table at the end and nothing on stderr.
        if (clerkAtTerminal) {
            err.println(total > 0 ? CliText.get("progress.of", done, total, step) : CliText.get("progress.count", done, step));
        }
    }

    @Override
    public void notice(String text) {
        // As progress: a clerk at a terminal is told why the command waits; a script's stderr stays empty. What is
        // noticed is also logged: with --verbose the log's line is already on the terminal.
        if (clerkAtTerminal && !Logging.onTerminal()) {
            err.println(text);
        }
    }
}
