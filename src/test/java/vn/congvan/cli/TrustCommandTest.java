package vn.congvan.cli;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrustCommandTest {
    @TempDir
    Path dir;

    @Test
    void trustsAndUndoesAnAddressAndRefusesWhatIsNotOne() {
        String db = dir.resolve("l.db").toString();
        CliRun trusted = CliRun.of("trust", "P-PHUTAI", "CanBo.PhuTai@gmail.example", "--db", db, "--note", "đã gọi điện xác minh");
        assertEquals(0, trusted.exitCode(), trusted.err());
        assertTrue(trusted.out().contains("Đã tin cậy địa chỉ canbo.phutai@gmail.example cho Ủy ban nhân dân phường Phú Tài (P-PHUTAI)."),
                trusted.out());

        CliRun undone = CliRun.of("trust", "P-PHUTAI", "canbo.phutai@gmail.example", "--undo", "--db", db);
        assertEquals(0, undone.exitCode(), undone.err());
        assertTrue(undone.out().contains("Đã bỏ tin cậy địa chỉ canbo.phutai@gmail.example"), undone.out());

        CliRun bad = CliRun.of("trust", "P-PHUTAI", "not-an-address", "--db", db);
        assertEquals(2, bad.exitCode(), bad.out());
        assertTrue(bad.err().contains("Địa chỉ thư \"not-an-address\" không hợp lệ"), bad.err());

        CliRun unknown = CliRun.of("trust", "P-NOWHERE", "a@b.example", "--db", db);
        assertEquals(2, unknown.exitCode(), unknown.out());
        assertTrue(unknown.err().contains("Không có đơn vị \"P-NOWHERE\""), unknown.err());
    }
}
