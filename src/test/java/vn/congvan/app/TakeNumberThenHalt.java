package vn.congvan.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import vn.congvan.directory.OfficeSigning;
import vn.congvan.tracking.Ledger;

/**
 * Test-only program: signs document {@code args[2]} of the ledger {@code args[0]} (units folder
 * {@code args[1]}) at the instant {@code args[3]} and halts the JVM right after the number is taken, before any file is written, as a
 * killed process or a power cut would.
 */
public final class TakeNumberThenHalt {
    static final int HALTED = 3;

    private TakeNumberThenHalt() {
    }

    public static void main(String[] args) {
        Ledger ledger = Ledger.open(args[0]);
        new DocumentWorkflow(ledger, Clock.fixed(Instant.parse(args[3]), ZoneOffset.UTC)).sign(Long.parseLong(args[2]), "Văn thư trực", OfficeSigning.load(Path.of(args[1])),
                PdfSignatureStep.NONE, () -> Runtime.getRuntime().halt(HALTED));
    }
}
