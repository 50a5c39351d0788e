package vn.congvan.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import vn.congvan.ingest.DispatchReader;
import vn.congvan.model.Block;
import vn.congvan.model.DocumentType;
import vn.congvan.model.NumberSymbol;
import vn.congvan.model.OfficialDocument;
import vn.congvan.model.Paragraph;
import vn.congvan.model.Signer;
import vn.congvan.model.Table;
import vn.congvan.render.DocxWriter;
import vn.congvan.render.TableColumnsProbe;

/**
 * Writes DOCX files for before/after comparisons of the DOCX writer, part by part ({@code unzip -p}):
 * the 200-row report, every dispatch the reader takes in the folders given, and one document per table of
 * {@link TableColumnsProbe}'s generated set (with text XML must escape or drop).
 * {@code java -cp "target/congvan.jar:target/lib/*" vn.congvan.bench.DocxSamples OUT [FOLDER…]}
 */
public final class DocxSamples {
    private DocxSamples() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Files.createDirectories(Path.of(args[0]));
        DocxWriter docx = new DocxWriter();
        docx.write(RenderBenchmark.report(), out.resolve("report-200.docx"));
        for (int i = 1; i < args.length; i++) {
            try (Stream<Path> files = Files.walk(Path.of(args[i]))) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    OfficialDocument doc;
                    try {
                        doc = new DispatchReader().read(file).document();
                    } catch (RuntimeException e) {
                        continue; // not a dispatch the reader takes
                    }
                    try {
                        docx.write(doc, out.resolve(file.toString().replace('/', '_') + ".docx"));
                    } catch (RuntimeException e) {
                        System.out.println(file + ": " + e.getMessage());
                    }
                }
            }
        }
        List<String> names = new ArrayList<>();
        List<Table> tables = TableColumnsProbe.generated(names);
        for (int t = 0; t < tables.size(); t++) {
            List<Block> body = List.of(Paragraph.of("Bảng <" + t + "> & \"trích\" \u0001\uFFFE\uD800 \uD83D\uDE00\tcuối\r\ndòng"),
                    tables.get(t));
            docx.write(new OfficialDocument("UBND TỈNH BÌNH THUẬN", "ỦY BAN NHÂN DÂN THÀNH PHỐ PHAN THIẾT",
                    new NumberSymbol("12", "BC-UBND"), "Phan Thiết", LocalDate.of(2019, 9, 5), DocumentType.BAO_CAO,
                    "Bảng " + names.get(t) + " <&>", List.of("Sở A", "Sở B & C"), body,
                    new Signer(List.of("TM. ỦY BAN NHÂN DÂN"), "CHỦ TỊCH", "Nguyễn Văn Một"), List.of("Như trên", "Lưu: VT"), null),
                    out.resolve(names.get(t) + ".docx"));
        }
    }
}
