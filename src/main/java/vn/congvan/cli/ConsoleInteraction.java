package vn.congvan.cli;

import java.io.Console;
import java.util.Optional;
import java.util.Set;

import vn.congvan.app.Interaction;
import vn.congvan.text.VietnameseText;

/**
 * How the command line asks its user: on the terminal, when there is one. Without a terminal (a script,
 * a scheduled task) nobody can answer: no secret, every question answered no, and no progress shown.
 */
final class ConsoleInteraction implements Interaction {
    /** "c", "có", "y", "yes", compared without diacritics or case. */
    private static final Set<String> YES = Set.of("c", "co", "y", "yes");

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
        if (System.console() != null) {
            System.err.println(total > 0 ? CliText.get("progress.of", done, total, step) : CliText.get("progress.count", done, step));
        }
    }

    @Override
    public void notice(String text) {
        // As progress: a clerk at a terminal is told why the command waits; a script's stderr stays empty.
        if (System.console() != null) {
            System.err.println(text);
        }
    }
}
