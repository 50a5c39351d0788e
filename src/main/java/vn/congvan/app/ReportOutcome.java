package vn.congvan.app;

import java.util.LinkedHashMap;
import java.util.Map;

import vn.congvan.model.ItemReading;
import vn.congvan.model.TrackedDispatch;

/**
 * What importing a unit's report back did (see {@link ReportImport}): no task set; its certain readings
 * recorded on the dispatch it cites, the rest waiting for the clerk.
 *
 * @param fileName  the report's file name
 * @param issuer    the report's issuer as written
 * @param dispatch  the dispatch it answers, or null when the ledger has none it cites
 * @param unitName  the unit it was placed on (its name as assigned), or null
 * @param recorded  requirement → what was recorded (now, or by an earlier import of the same file)
 * @param newEvents how many ledger events were added
 * @param queued    the review entry for the clerk, or null when nothing waits
 * @param fresh     whether that entry is new
 */
public record ReportOutcome(String fileName, String issuer, TrackedDispatch dispatch, String unitName,
                            Map<String, ItemReading> recorded, int newEvents, Review.Item queued, boolean fresh) {
    public ReportOutcome {
        recorded = new LinkedHashMap<>(recorded);
    }
}
