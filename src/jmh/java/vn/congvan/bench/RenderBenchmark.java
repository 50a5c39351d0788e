package vn.congvan.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import vn.congvan.ingest.DispatchReader;
import vn.congvan.model.Block;
import vn.congvan.model.DocumentType;
import vn.congvan.model.NumberSymbol;
import vn.congvan.model.OfficialDocument;
import vn.congvan.model.Paragraph;
import vn.congvan.model.Signer;
import vn.congvan.model.Table;
import vn.congvan.render.DocxWriter;
import vn.congvan.render.PdfWriter;
import vn.congvan.render.RegisterRow;
import vn.congvan.render.RegisterSheet;
import vn.congvan.render.XlsxRegisterWriter;

/**
 * Writing one document, warm: the seed công văn and a 200-row BÁO CÁO as PDF and DOCX (each alone and
 * both, as {@code report} writes them), and a 200-row register as XLSX. Each write replaces its file in a
 * temporary folder. LibreOffice's warm conversion of the same DOCX, for the ratio: {@code bench/lo-warm.sh}.
 * Run from the project root (the seed is read from samples/):
 * {@code mvn -B -q -Pbench package -DskipTests} then
 * {@code java -cp "target/congvan.jar:target/lib/*" org.openjdk.jmh.Main RenderBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RenderBenchmark {
    private static final int ROWS = 200;
    private static final List<String> UNITS = List.of("UBND phường Mũi Né", "UBND phường Hàm Tiến", "UBND phường Phú Hài",
            "UBND phường Đức Thắng", "UBND xã Tiến Lợi", "Phòng Văn hóa và Thông tin", "Văn phòng HĐND và UBND thành phố");
    private static final List<String> STATES = List.of("Đã hoàn thành", "Đang thực hiện", "Chưa thực hiện", "Quá hạn");

    private final PdfWriter pdf = new PdfWriter();
    private final DocxWriter docx = new DocxWriter();
    private final XlsxRegisterWriter xlsx = new XlsxRegisterWriter();
    private OfficialDocument seed;
    private RegisterSheet register;
    private Path dir;

    @Setup(Level.Trial)
    public void build() throws IOException {
        seed = new DispatchReader().read(Path.of("samples/000_7ae9f029b9ddbc9d.txt")).document();
        register = register();
        dir = Files.createTempDirectory("congvan-bench");
    }

    @TearDown(Level.Trial)
    public void clean() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Benchmark
    public Path seedPdf() {
        Path out = dir.resolve("seed.pdf");
        pdf.write(seed, out);
        return out;
    }

    /** As the mail distribution attaches it: in memory, no file. */
    @Benchmark
    public byte[] seedPdfInMemory() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.write(seed, out);
        return out.toByteArray();
    }

    @Benchmark
    public Path seedDocx() {
        Path out = dir.resolve("seed.docx");
        docx.write(seed, out);
        return out;
    }

    /**
     * The 200-row BÁO CÁO as {@code report --format pdf,docx} writes it (app.DocumentFiles.write): one
     * document, its PDF and then its DOCX. The document is made afresh each time, as each report is, so
     * that nothing the writers keep of the last document they wrote is reused from one call to the next.
     */
    @Benchmark
    public Path reportPdfAndDocx() {
        OfficialDocument fresh = report();
        Path pdfOut = dir.resolve("report.pdf");
        pdf.write(fresh, pdfOut);
        Path docxOut = dir.resolve("report.docx");
        docx.write(fresh, docxOut);
        return docxOut;
    }

    @Benchmark
    public Path reportPdf() {
        Path out = dir.resolve("report.pdf");
        pdf.write(report(), out);
        return out;
    }

    @Benchmark
    public Path reportDocx() {
        Path out = dir.resolve("report.docx");
        docx.write(report(), out);
        return out;
    }

    @Benchmark
    public Path registerXlsx() {
        Path out = dir.resolve("register.xlsx");
        xlsx.write(register, out);
        return out;
    }

    /** A BÁO CÁO on the seed with one table row per unit and requirement: 200 rows, about ten pages. */
    public static OfficialDocument report() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            rows.add(List.of(Integer.toString(i + 1), UNITS.get(i % UNITS.size()), "Yêu cầu " + (i % 3 + 1)
                    + ": xóa thư đã gửi trước ngày 31/12/2017", "30/08/2019", STATES.get(i % STATES.size())));
        }
        List<Block> body = List.of(
                Paragraph.of("Căn cứ Công văn số 6174/UBND-VX ngày 21/8/2019 của UBND thành phố về việc đảm bảo an toàn "
                        + "thông tin khi sử dụng thư điện tử công vụ.", Paragraph.Role.LEGAL_BASIS),
                Paragraph.of("I. KẾT QUẢ THỰC HIỆN", Paragraph.Role.HEADING),
                new Table(List.of("STT", "Đơn vị", "Yêu cầu", "Thời hạn", "Tình hình thực hiện"), rows,
                        List.of(12.0, 45.0, 55.0, 24.0, 29.0)),
                Paragraph.of("II. ĐỀ XUẤT, KIẾN NGHỊ", Paragraph.Role.HEADING),
                Paragraph.of("Đề nghị Sở Thông tin và Truyền thông tiếp tục hỗ trợ kỹ thuật cho các đơn vị chưa hoàn thành./."));
        return new OfficialDocument("UBND TỈNH BÌNH THUẬN", "ỦY BAN NHÂN DÂN THÀNH PHỐ PHAN THIẾT", new NumberSymbol("12", "BC-UBND"),
                "Phan Thiết", LocalDate.of(2019, 9, 5), DocumentType.BAO_CAO,
                "Kết quả thực hiện Công văn số 6174/UBND-VX về đảm bảo an toàn thông tin khi sử dụng thư điện tử công vụ",
                List.of("Sở Thông tin và Truyền thông tỉnh Bình Thuận"), body,
                new Signer(List.of("TM. ỦY BAN NHÂN DÂN"), "CHỦ TỊCH", "Nguyễn Văn Một"),
                List.of("Như trên", "CT, các PCT UBND thành phố", "Lưu: VT, VX"), null);
    }

    /** The register of the seed for 200 unit × requirement rows. */
    private static RegisterSheet register() {
        List<RegisterRow> rows = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            rows.add(new RegisterRow("125", "6174/UBND-VX", LocalDate.of(2019, 8, 21), "UBND thành phố Phan Thiết",
                    "V/v đảm bảo an toàn thông tin khi sử dụng thư điện tử công vụ\nYêu cầu " + (i % 3 + 1)
                            + ": kiểm tra dung lượng, xóa thư cũ", UNITS.get(i % UNITS.size()), LocalDate.of(2019, 8, 30),
                    STATES.get(i % STATES.size()), "", ""));
        }
        return new RegisterSheet("SỔ THEO DÕI GIẢI QUYẾT VĂN BẢN ĐẾN",
                "Công văn số 6174/UBND-VX ngày 21/08/2019 của UBND thành phố Phan Thiết V/v đảm bảo an toàn thông tin", rows);
    }
}
