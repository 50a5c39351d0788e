package vn.congvan.app;

/**
 * The folders of the window, Thunderbird style: where a dispatch is listed. The rules of which dispatch
 * belongs where live in {@link DispatchBoard}, so a command could list the same folders.
 */
public enum Folder {
    /** Every dispatch the office received and imported. */
    INCOMING,
    /** Dispatches the office sent on to at least one unit. */
    OUTGOING,
    /** Imported, but some assigned unit has not been sent it yet. */
    AWAITING_DISTRIBUTION,
    /** Sent, and work remains. */
    TRACKING,
    /** Work remains and the nearest open deadline is within {@link DispatchBoard#DUE_SOON_DAYS} days. */
    DUE_SOON,
    /** Some unit is past a deadline. */
    OVERDUE,
    /** Every unit has done every requirement. */
    DONE,
    /** Mail that could not be placed, suspicious mail, readings to confirm: the clerk decides. */
    REVIEW
}
