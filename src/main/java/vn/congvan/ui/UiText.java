package vn.congvan.ui;

import vn.congvan.app.ShellProblem;
import vn.congvan.text.Messages;

/** The window's Vietnamese strings ({@code vn/congvan/ui/messages.properties}). */
final class UiText {
    private static final Messages MSG = Messages.of(UiText.class);

    private UiText() {
    }

    static String get(String key, Object... args) {
        return MSG.get(key, args);
    }

    /** A failure's message as the window words it: a {@link ShellProblem} names the dialog or button, never an option. */
    static String message(Throwable e) {
        // Each kind has its wording in this shell's bundle: "problem." + the kind's name.
        return e instanceof ShellProblem p ? MSG.get("problem." + p.kind().name(), p.args()) : e.getMessage();
    }
}
