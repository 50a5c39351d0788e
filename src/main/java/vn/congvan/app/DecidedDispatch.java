package vn.congvan.app;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import vn.congvan.ingest.DispatchReader;
import vn.congvan.model.Dispatch;
import vn.congvan.model.TrackedDispatch;
import vn.congvan.tracking.Ledger;

/**
 * A dispatch as it was analysed at import, from the ledger. A dispatch imported before analyses were
 * kept is read once from its stored text and that analysis is kept from then on (insert only), so a
 * later, better reader never renumbers an old dispatch's requirements again.
 */
final class DecidedDispatch {
    private DecidedDispatch() {
    }

    static Dispatch of(Ledger ledger, TrackedDispatch tracked) {
        return ledger.queries().analysed(tracked.key()).orElseGet(() -> {
            String text = ledger.queries().sourceText(tracked.key());
            Dispatch read = TaskPlanner.withAtLeastOneRequirement(
                    new DispatchReader().read(textName(tracked.sourceName()), text.getBytes(StandardCharsets.UTF_8)));
            ledger.imports().keepAnalysis(tracked.key(), read);
            return read;
        });
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
