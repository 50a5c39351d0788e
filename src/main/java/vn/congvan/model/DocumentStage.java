package vn.congvan.model;

/**
 * A step in the life of a document congvan writes (issue 11): each is an event in the ledger, and the
 * document's state is its latest step.
 */
public enum DocumentStage {
    /** Written as a draft (dự thảo), without a number. */
    DRAFTED,
    /** Submitted to a named leader for signing (trình ký). */
    SUBMITTED,
    /** The leader sent it back with a comment: it is a draft again. */
    RETURNED,
    /** The leader signed: a number was taken and the final files written. */
    SIGNED,
    /** The văn thư issued it (ban hành): it may now be distributed. */
    ISSUED,
    /** It went out to the units it names. */
    DISTRIBUTED,
    /** Withdrawn (thu hồi); a number it had stays in the register, marked withdrawn. */
    WITHDRAWN
}
