package vn.congvan.ingest;

/**
 * A compressed file {@link UnpackGuard} will not let be opened. It carries the reason, not the wording:
 * a mail names "the attachment", a report reader names "the file".
 */
public final class UnpackRefused extends Exception {
    public enum Reason {
        /** More entries than {@link InputLimits#maxParts()}. */
        TOO_MANY_PARTS,
        /** Unpacks past {@link InputLimits#maxUnpackedBytes()}. */
        TOO_LARGE,
        /** Expands faster than {@link InputLimits#maxUnpackRatio()}: a "bomb". */
        TOO_FAST,
        /** An XML part nests deeper than {@link InputLimits#maxDepth()}. */
        TOO_DEEP,
        /** The compressed structure cannot be read; the message says why. */
        BROKEN,
        /** Not a zip at all (no entry), whatever its name says. */
        NOT_ZIP
    }

    private final Reason reason;

    UnpackRefused(Reason reason, String detail, Throwable cause) {
        super(detail, cause);
        this.reason = reason;
    }

    UnpackRefused(Reason reason) {
        this(reason, reason.name(), null);
    }

    public Reason reason() {
        return reason;
    }

    /** Too big, too fast, too many parts or too deep: a likely bomb rather than a damaged file. */
    public boolean bomb() {
        return reason == Reason.TOO_MANY_PARTS || reason == Reason.TOO_LARGE || reason == Reason.TOO_FAST
                || reason == Reason.TOO_DEEP;
    }
}
