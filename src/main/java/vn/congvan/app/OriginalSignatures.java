package vn.congvan.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import vn.congvan.model.InputException;
import vn.congvan.model.SignatureCheck;
import vn.congvan.model.TrackedDispatch;
import vn.congvan.text.Messages;
import vn.congvan.tracking.Ledger;
import vn.congvan.tracking.OriginalFile;

/** The signatures of an incoming dispatch's original, as the ledger keeps it byte for byte, checked as "verify" does. */
final class OriginalSignatures {
    private static final Messages MSG = Messages.of(OriginalSignatures.class);

    private OriginalSignatures() {
    }

    static List<SignatureCheck> verify(Ledger ledger, PdfSigning signing, TrackedDispatch d) {
        OriginalFile original = ledger.queries().originalFile(d.key())
                .orElseThrow(() -> new InputException(MSG.get("original.none", d.label())));
        byte[] bytes = original.content();
        boolean pdf = original.name().toLowerCase(Locale.ROOT).endsWith(".pdf")
                || Arrays.equals(Arrays.copyOf(bytes, 5), "%PDF-".getBytes(StandardCharsets.US_ASCII));
        if (!pdf) {
            throw new InputException(MSG.get("original.notPdf", d.label(), original.name()));
        }
        // The verifier reads a file; the copy lives only while it is read.
        Path copy = null;
        try {
            copy = Files.createTempFile("congvan-ban-goc-", ".pdf");
            Files.write(copy, bytes);
            return signing.verify(copy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (copy != null) {
                try {
                    Files.deleteIfExists(copy);
                } catch (IOException e) {
                    // a temporary copy left behind is harmless; the system's temp cleaning takes it
                }
            }
        }
    }
}
