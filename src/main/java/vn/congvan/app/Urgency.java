package vn.congvan.app;

/** How pressing a dispatch is on a day, for the colour of its row; decided here, shown by the window. */
public enum Urgency {
    OVERDUE, DUE_SOON, OPEN, DONE,
    /** No unit assigned: nothing to track until the clerk assigns some ({@link CongvanService.Progress#UNASSIGNED}). */
    UNASSIGNED,
    /** Not known yet: the list is shown while the ledger's statuses are still being read. */
    PENDING
}
