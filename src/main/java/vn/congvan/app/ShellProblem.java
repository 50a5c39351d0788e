package vn.congvan.app;

import vn.congvan.model.InputException;

/**
 * Bad input whose remedy depends on where the user works: a command names an option or the terminal, a
 * window a dialog or a button. The message is shell-neutral; each shell words {@link #kind()} from its own
 * bundle with {@link #args()}, so neither shell shows the other's advice.
 */
public final class ShellProblem extends InputException {
    private static final long serialVersionUID = 1L;

    /** What went wrong, independent of the shell. */
    public enum Kind {
        /** Security "none" for a server that is not this machine; args: host. */
        UNENCRYPTED_REMOTE,
        /** No mail password was given; args: login, host, the environment variable. */
        NO_PASSWORD,
        /** A review entry without a dispatch and unit cannot be accepted as it is; args: entry number. */
        REVIEW_UNPLACED,
        /** A suspicious review entry can only be rejected; args: entry number. */
        REVIEW_SUSPICIOUS,
        /** A review entry that proposes no status cannot be accepted; args: entry number. */
        REVIEW_NOTHING_TO_ACCEPT,
        /** Editing an unplaced review entry needs a dispatch and a unit; args: entry number. */
        REVIEW_PLACE_FIRST,
        /** No password or PIN was given for the signing key: nothing signed, no number taken; args: the environment variable. */
        NO_KEY_PASSWORD
    }

    private final Kind kind;
    private final transient Object[] args;

    public ShellProblem(Kind kind, String neutralMessage, Object... args) {
        super(neutralMessage);
        this.kind = kind;
        this.args = args.clone();
    }

    public Kind kind() {
        return kind;
    }

    public Object[] args() {
        return args.clone();
    }
}
