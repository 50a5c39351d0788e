package vn.congvan.model;

/** Where a unit stands on one requirement, derived from the ledger and today's date. */
public enum ComplianceStatus {
    NOT_STARTED, IN_PROGRESS, DONE, OVERDUE
}
