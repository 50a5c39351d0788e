package vn.congvan.app;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import vn.congvan.ingest.DispatchReader;
import vn.congvan.model.Dispatch;
import vn.congvan.model.TrackedDispatch;

/**
 * A dispatch read again from the text the ledger keeps, so nothing depends on where the imported
 * file went. A source that was not text (.docx) is kept as Markdown text and read as such.
 */
final class StoredDispatch {
    private StoredDispatch() {
    }

    /** The dispatch as written. */
    static Dispatch read(TrackedDispatch tracked) {
        return new DispatchReader().read(textName(tracked.sourceName()), tracked.sourceText().getBytes(StandardCharsets.UTF_8));
    }

    /** The dispatch with the requirements its assignments name (one for a dispatch without numbered items). */
    static Dispatch tracked(TrackedDispatch tracked) {
        return TaskPlanner.withAtLeastOneRequirement(read(tracked));
    }

    /** The name of the stored text as a file: the source's name when it was text, else the name with .txt. */
    static String textName(String sourceName) {
        String lower = sourceName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".md") || lower.endsWith(".txt") ? sourceName : baseName(sourceName) + ".txt";
    }

    static String baseName(String sourceName) {
        int dot = sourceName.lastIndexOf('.');
        return dot > 0 ? sourceName.substring(0, dot) : sourceName;
    }
}
