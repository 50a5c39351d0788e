package vn.congvan.app;

/**
 * What importing a file did: a dispatch's task set stored; or (a scan or photo, read through OCR) its
 * reading put in the review queue for the clerk to confirm first; or (a unit's report back on a dispatch)
 * the unit's response recorded. Exactly one of {@code imported}, {@code queued} and {@code report} is set.
 *
 * @param imported the import of a dispatch with a text layer, or null
 * @param queued   the review entry of a scan, or null
 * @param fresh    for a scan: whether the entry is new (the same file imported again finds its entry)
 * @param report   the report back recorded, or null
 */
public record ImportOutcome(DispatchImporter.Outcome imported, Review.Item queued, boolean fresh, ReportOutcome report) {
    public ImportOutcome(DispatchImporter.Outcome imported, Review.Item queued, boolean fresh) {
        this(imported, queued, fresh, null);
    }
}
