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
    static String message(Exception e) {
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
