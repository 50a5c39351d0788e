package vn.congvan.cli;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    @Test
    void listsTheAddressesTrustedNowPerUnitWithWhenByWhomAndWhy() {
        String db = dir.resolve("l.db").toString();
        assertEquals(0, CliRun.of("trust", "P-PHUTAI", "CanBo.PhuTai@gmail.example", "--db", db, "--note", "đã gọi điện xác minh").exitCode());
        assertEquals(0, CliRun.of("trust", "Ủy ban nhân dân phường Đức Thắng", "vanthu.ducthang@yahoo.example", "--db", db).exitCode());
        assertEquals(0, CliRun.of("trust", "P-PHUTAI", "cu.phutai@gmail.example", "--db", db).exitCode());
        assertEquals(0, CliRun.of("trust", "P-PHUTAI", "cu.phutai@gmail.example", "--undo", "--db", db).exitCode());

        CliRun all = CliRun.of("trust", "--list", "--db", db);

        assertEquals(0, all.exitCode(), all.err());
        List<String> lines = all.out().strip().lines().toList();
        String when = "\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}";
        assertEquals(5, lines.size(), all.out());
        assertEquals("Ủy ban nhân dân phường Đức Thắng (P-DUCTHANG):", lines.get(0));
        assertTrue(lines.get(1).matches("  vanthu\\.ducthang@yahoo\\.example  tin cậy từ " + when + ", người ghi: cán bộ nhập"), lines.get(1));
        assertEquals("Ủy ban nhân dân phường Phú Tài (P-PHUTAI):", lines.get(2));
        assertTrue(lines.get(3).matches("  canbo\\.phutai@gmail\\.example  tin cậy từ " + when
                + ", người ghi: cán bộ nhập; ghi chú: đã gọi điện xác minh"), lines.get(3));
        assertEquals("Tổng cộng 2 địa chỉ được tin cậy.", lines.get(4));
        assertFalse(all.out().contains("cu.phutai"), "a withdrawn address is not listed");

        CliRun one = CliRun.of("trust", "--list", "phường Phú Tài", "--db", db);
        assertEquals(0, one.exitCode(), one.err());
        assertFalse(one.out().contains("ducthang"), one.out());
        assertTrue(one.out().contains("canbo.phutai@gmail.example"), one.out());
        assertTrue(one.out().contains("Tổng cộng 1 địa chỉ"), one.out());
    }

    @Test
    void listingNeedsNoAddressAndTrustingNeedsBoth() {
        String db = dir.resolve("l.db").toString();
        assertEquals(0, CliRun.of("trust", "P-PHUTAI", "canbo.phutai@gmail.example", "--db", db).exitCode());

        CliRun mixed = CliRun.of("trust", "--list", "P-PHUTAI", "canbo.phutai@gmail.example", "--db", db);
        assertEquals(2, mixed.exitCode(), mixed.out());
        assertTrue(mixed.err().contains("--list chỉ đi với UNIT"), mixed.err());

        CliRun half = CliRun.of("trust", "P-PHUTAI", "--db", db);
        assertEquals(2, half.exitCode(), half.out());
        assertTrue(half.err().contains("cần ghi đơn vị và địa chỉ thư"), half.err());

        CliRun none = CliRun.of("trust", "--list", "--db", dir.resolve("moi.db").toString());
        assertEquals(2, none.exitCode(), none.out());
        assertTrue(none.err().contains("Chưa có sổ theo dõi"), none.err());
    }
}
