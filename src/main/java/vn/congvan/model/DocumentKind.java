package vn.congvan.model;

/** The documents congvan writes about a dispatch and takes through signing. */
public enum DocumentKind {
    /** BÁO CÁO on the dispatch's results. */
    REPORT,
    /** Công văn đôn đốc to the late or silent units. */
    REMINDER
}
