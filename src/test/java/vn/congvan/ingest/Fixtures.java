package vn.congvan.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.function.Executable;

import vn.congvan.model.Block;
import vn.congvan.model.DocumentType;
import vn.congvan.model.InputException;
import vn.congvan.model.NumberSymbol;
import vn.congvan.model.Signer;
import vn.congvan.model.Dispatch;
import vn.congvan.model.OfficialDocument;
import vn.congvan.model.Paragraph;
import vn.congvan.model.Run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Test inputs: the seed, the invented fixtures, and small dispatches written on the fly. */
final class Fixtures {
    static final Path SEED = Path.of("samples/000_7ae9f029b9ddbc9d.txt");
    static final Path DIR = Path.of("src/test/resources/dispatches");
    static final Path KE_HOACH = DIR.resolve("ke-hoach-so-tttt.md");
    static final Path THONG_BAO = DIR.resolve("thong-bao-mot-noi-nhan.txt");
    static final Path MOTTO_FIRST_NFD = DIR.resolve("cong-van-quoc-hieu-truoc-nfd-crlf-bom.txt");
    static final Path DOUBLE_AUTHORITY = DIR.resolve("hai-tham-quyen.md");

    static final List<Path> ALL = List.of(SEED, KE_HOACH, THONG_BAO, MOTTO_FIRST_NFD, DOUBLE_AUTHORITY);

    /** A small công văn; tests replace one part of it to try a variant. */
    static final String MINIMAL = """
            ỦY BAN NHÂN DÂN
            THÀNH PHỐ PHAN THIẾT

            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập – Tự do – Hạnh phúc

            Số: 6174/UBND-VX
            V/v thử nghiệm đọc công văn

            Phan Thiết, ngày 21 tháng 8 năm 2019

            Kính gửi: Sở Thông tin và Truyền thông.

            1. Nội dung thứ nhất.

            Nơi nhận:
            - Như trên;
            - Lưu: VT.

            KT. CHỦ TỊCH
            PHÓ CHỦ TỊCH

            Võ Thị Thu Hà
            """;

    private Fixtures() {
    }

    static Path write(Path dir, String name, String content) {
        return write(dir, name, content.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path dir, String name, byte[] content) {
        try {
            return Files.write(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static OfficialDocument read(Path file) {
        return new DocumentReader().read(file);
    }

    /** Reads {@code content} as a .txt file in {@code dir}. */
    static OfficialDocument readText(Path dir, String content) {
        return read(write(dir, "congvan.txt", content));
    }

    static Dispatch dispatch(Path dir, String content) {
        return new DispatchReader().read(write(dir, "congvan.txt", content));
    }

    /** {@link #MINIMAL} with one part replaced, failing loudly if the part is not there. */
    static String minimalWith(String part, String replacement) {
        if (!MINIMAL.contains(part)) {
            throw new IllegalArgumentException("not in the minimal dispatch: " + part);
        }
        return MINIMAL.replace(part, replacement);
    }

    /**
     * {@code doc} as print shows it (PDF, or a .doc whose styles give every run its look): a legal basis
     * is italic by its role, so an italic put on it by hand cannot be told apart. The plan's Markdown
     * has one.
     */
    static OfficialDocument legalBasisPlain(OfficialDocument doc) {
        List<Block> body = doc.body().stream().map(b -> b instanceof Paragraph p && p.role() == Paragraph.Role.LEGAL_BASIS
                ? (Block) new Paragraph(p.runs().stream().map(r -> new Run(r.text(), r.bold(), false)).toList(), p.role())
                : b).toList();
        return new OfficialDocument(doc.parentIssuer(), doc.issuer(), doc.numberSymbol(), doc.place(), doc.date(),
                doc.type(), doc.subject(), doc.recipients(), body, doc.signer(), doc.distribution(), doc.contact());
    }

    /** Asserts that reading fails with a Vietnamese message naming the file and saying each expected part. */
    static void refused(Path file, Executable read, String... expected) {
        InputException e = assertThrows(InputException.class, read);
        String message = e.getMessage();
        assertTrue(message.contains(file.toString()), "names the file: " + message);
        for (String part : expected) {
            assertTrue(message.contains(part), "“" + part + "” in: " + message);
        }
        assertFalse(message.contains("Exception"), message);
    }

    /** {@link #refused(Path, Executable, String...)} for reading {@code file} as a dispatch. */
    static void refused(Path file, String... expected) {
        refused(file, () -> new DispatchReader().read(file), expected);
    }

    /** A BÁO CÁO built in code: parent body, double authority, bold, italic and Markdown-like characters. */
    static OfficialDocument builtReport(String itemEnd) {
        return new OfficialDocument("UBND TỈNH BÌNH THUẬN", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG",
                new NumberSymbol("05", "BC-STTTT"), "Bình Thuận", LocalDate.of(2020, 2, 5), DocumentType.BAO_CAO,
                "Kết quả sao lưu dữ liệu thư điện tử năm 2019", List.of("UBND tỉnh Bình Thuận"),
                List.of(new Paragraph(List.of(Run.plain("Căn cứ Kế hoạch số 120/KH-STTTT ngày 26/8/2019;")), Paragraph.Role.LEGAL_BASIS),
                        new Paragraph(List.of(Run.plain("I. KẾT QUẢ")), Paragraph.Role.HEADING),
                        new Paragraph(List.of(Run.plain("1. Đã sao lưu "), new Run("1.250 hộp thư", true, false),
                                Run.plain(" (tệp *mau_1* và [phụ lục] & bảng kê &amp; khác)" + itemEnd),
                                new Run("Ghi chú", false, true)), Paragraph.Role.ITEM),
                        new Paragraph(List.of(Run.plain("a) Còn "), new Run("12", true, true), Run.plain(" hộp thư lỗi.")),
                                Paragraph.Role.SUB_ITEM)),
                new Signer(List.of("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"), "PHÓ CHỦ TỊCH", "Nguyễn Hữu Phước"),
                List.of("Như trên", "Lưu: VT, BCVT"), null);
    }
}
