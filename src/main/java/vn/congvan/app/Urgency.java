package vn.congvan.app;

/** How pressing a dispatch is on a day, for the colour of its row; decided here, shown by the window. */
public enum Urgency {
    OVERDUE, DUE_SOON, OPEN, DONE
}
