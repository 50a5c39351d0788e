package vn.congvan.cli;

import vn.congvan.app.ShellProblem;
import vn.congvan.text.Messages;

/** The CLI's Vietnamese strings (the same bundle also holds picocli's help texts). */
final class CliText {
    private static final Messages MSG = Messages.of(CliText.class);

    private CliText() {
    }

    static String get(String key, Object... args) {
        return MSG.get(key, args);
    }

    /** A failure's message as a terminal user needs it: a {@link ShellProblem} names the option or the terminal. */
    static String message(Throwable e) {
        // Each kind has its wording in this shell's bundle: "problem." + the kind's name.
        return e instanceof ShellProblem p ? MSG.get("problem." + p.kind().name(), p.args()) : e.getMessage();
    }
}
