package vn.congvan.app;

import java.util.Map;

import vn.congvan.model.ComplianceStatus;
import vn.congvan.model.InputException;
import vn.congvan.text.Messages;
import vn.congvan.text.VietnameseText;

/** A status as a clerk writes it — "done", "DONE", "đã hoàn thành", "dang thuc hien" — and as congvan names it. */
public final class StatusWords {
    private static final Messages MSG = Messages.of(StatusWords.class);
    private static final Map<String, ComplianceStatus> WORDS = Map.ofEntries(
            Map.entry("done", ComplianceStatus.DONE),
            Map.entry("xong", ComplianceStatus.DONE),
            Map.entry("da xong", ComplianceStatus.DONE),
            Map.entry("hoan thanh", ComplianceStatus.DONE),
            Map.entry("da hoan thanh", ComplianceStatus.DONE),
            Map.entry("in progress", ComplianceStatus.IN_PROGRESS),
            Map.entry("progress", ComplianceStatus.IN_PROGRESS),
            Map.entry("dang thuc hien", ComplianceStatus.IN_PROGRESS),
            Map.entry("dang lam", ComplianceStatus.IN_PROGRESS),
            Map.entry("not started", ComplianceStatus.NOT_STARTED),
            Map.entry("chua thuc hien", ComplianceStatus.NOT_STARTED),
            Map.entry("chua lam", ComplianceStatus.NOT_STARTED));

    private StatusWords() {
    }

    /** @throws InputException naming the word when it is no status a clerk enters (OVERDUE is derived, never entered) */
    public static ComplianceStatus parse(String written) {
        ComplianceStatus s = written == null ? null : WORDS.get(VietnameseText.fold(written.replace('_', ' ')));
        if (s == null) {
            throw new InputException(MSG.get("status.badWord", written));
        }
        return s;
    }

    /** The status as reports and the window print it: "Đã hoàn thành", "Quá hạn" … */
    public static String name(ComplianceStatus status) {
        return switch (status) {
            case DONE -> MSG.get("status.DONE");
            case IN_PROGRESS -> MSG.get("status.IN_PROGRESS");
            case NOT_STARTED -> MSG.get("status.NOT_STARTED");
            case OVERDUE -> MSG.get("status.OVERDUE");
        };
    }
}
