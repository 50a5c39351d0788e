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
    static String message(RuntimeException e) {
        if (!(e instanceof ShellProblem p)) {
            return e.getMessage();
        }
        String key = switch (p.kind()) {
            case UNENCRYPTED_REMOTE -> "problem.unencryptedRemote";
            case NO_PASSWORD -> "problem.noPassword";
            case REVIEW_UNPLACED -> "problem.reviewUnplaced";
            case REVIEW_SUSPICIOUS -> "problem.reviewSuspicious";
            case REVIEW_NOTHING_TO_ACCEPT -> "problem.reviewNothingToAccept";
            case REVIEW_PLACE_FIRST -> "problem.reviewPlaceFirst";
        };
        return MSG.get(key, p.args());
    }
}
