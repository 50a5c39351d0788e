package vn.congvan.app;

import vn.congvan.ingest.ReportBack;
import vn.congvan.model.InputException;
import vn.congvan.text.Messages;

/**
 * The file given to import is a unit's report back on a dispatch, not a dispatch to track: it makes no task
 * set. {@code importOrQueue} records it as the unit's response ({@link ReportImport}); any other caller gets
 * a message saying what the file is.
 */
final class ReportBackFound extends InputException {
    private static final Messages MSG = Messages.of(ReportBackFound.class);

    private final transient ReportBack report;
    private final String fileName;
    private final byte[] original;

    ReportBackFound(ReportBack report, String fileName, byte[] original) {
        super(MSG.get("report.notADispatch", fileName, report.cited().get(0).numberSymbol()));
        this.report = report;
        this.fileName = fileName;
        this.original = original;
    }

    ReportBack report() {
        return report;
    }

    String fileName() {
        return fileName;
    }

    byte[] original() {
        return original;
    }
}
