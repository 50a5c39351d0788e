package vn.congvan.app;

import vn.congvan.model.DocumentKind;
import vn.congvan.model.DocumentStage;
import vn.congvan.text.Messages;

/** The Vietnamese words for a document's stage and kind, for every shell alike. */
public final class DocumentWords {
    private static final Messages MSG = Messages.of(DocumentWords.class);

    private DocumentWords() {
    }

    /** "dự thảo", "trình ký", "đã ký", "đã ban hành" … */
    public static String stage(DocumentStage s) {
        return switch (s) {
            case DRAFTED -> MSG.get("stage.drafted");
            case SUBMITTED -> MSG.get("stage.submitted");
            case RETURNED -> MSG.get("stage.returned");
            case SIGNED -> MSG.get("stage.signed");
            case ISSUED -> MSG.get("stage.issued");
            case DISTRIBUTED -> MSG.get("stage.distributed");
            case WITHDRAWN -> MSG.get("stage.withdrawn");
        };
    }

    /** "Báo cáo", "Công văn đôn đốc". */
    public static String kind(DocumentKind k) {
        return k == DocumentKind.REPORT ? MSG.get("kind.report") : MSG.get("kind.reminder");
    }
}
