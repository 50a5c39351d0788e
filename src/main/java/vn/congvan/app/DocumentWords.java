package vn.congvan.app;

import java.util.Locale;

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
        return MSG.get("stage." + s.name().toLowerCase(Locale.ROOT));
    }

    /** "Báo cáo", "Công văn đôn đốc". */
    public static String kind(DocumentKind k) {
        return MSG.get("kind." + k.name().toLowerCase(Locale.ROOT));
    }
}
