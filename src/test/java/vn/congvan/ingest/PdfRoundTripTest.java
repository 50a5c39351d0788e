package vn.congvan.ingest;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.congvan.model.Block;
import vn.congvan.model.Dispatch;
import vn.congvan.model.DocumentType;
import vn.congvan.model.NumberSymbol;
import vn.congvan.model.OfficialDocument;
import vn.congvan.model.Paragraph;
import vn.congvan.model.Run;
import vn.congvan.model.Signer;
import vn.congvan.render.PdfWriter;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The strongest test of the PDF reader: a dispatch written as a Decree 30 PDF by our own writer and
 * read back gives the same dispatch, field by field, paragraph by paragraph, bold run by bold run.
 */
class PdfRoundTripTest {
    @TempDir
    Path dir;

    private final DispatchReader reader = new DispatchReader();

    static List<Path> fixtures() {
        return Fixtures.ALL;
    }

    @Test
    void seedThroughPdfReadsBackToTheSameDispatch() throws Exception {
        Dispatch seed = reader.read(Fixtures.SEED);
        Path pdf = write(seed.document(), "cong-van.pdf");
        Dispatch back = reader.read(pdf);

        OfficialDocument s = seed.document();
        OfficialDocument b = back.document();
        assertEquals(new NumberSymbol("6174", "UBND-VX"), b.numberSymbol());
        assertEquals(s.issuer(), b.issuer());
        assertEquals(s.parentIssuer(), b.parentIssuer());
        assertEquals(s.place(), b.place());
        assertEquals(LocalDate.of(2019, 8, 21), b.date());
        assertEquals(DocumentType.CONG_VAN, b.type());
        assertEquals("đảm bảo an toàn thông tin khi sử dụng thư điện tử công vụ", b.subject());
        assertEquals(s.recipients(), b.recipients());
        assertEquals(new Signer(List.of("KT. CHỦ TỊCH"), "PHÓ CHỦ TỊCH", "Võ Văn Thông"), b.signer());
        assertEquals(s.distribution(), b.distribution());
        assertEquals(s.contact(), b.contact());
        assertEquals(seed.requirements(), back.requirements(), "requirements with their deadlines");
        assertEquals(LocalDate.of(2019, 8, 30), back.requirements().get(2).dueDate().orElseThrow());
        assertEquals(seed.references(), back.references());
        assertEquals(s.body(), b.body(), "paragraphs, roles and bold runs");
        assertEquals(List.of("Hộp thư đã gửi", "có thời gian gửi từ ngày 31/12/2017 trở về trước"), boldTexts(b),
                "the bold runs, one of them over a line break");
        assertEquals(seed, back);

        List<String> pages = pageTexts(pdf);
        assertEquals(2, pages.size(), "the footer moved whole to page 2");
        assertTrue(pages.get(1).startsWith("2\n"), "page 2 carries its number at the top: " + pages.get(1));
        assertTrue(pages.get(1).contains("Nơi nhận:") && pages.get(1).contains("Võ Văn Thông"));
    }

    /**
     * Every fixture comes back equal, save one thing a PDF cannot tell: a legal basis is printed in
     * italic, so an italic the writer of the Markdown put on it by hand is the role's italic on paper.
     */
    @ParameterizedTest
    @MethodSource("fixtures")
    void everyFixtureThroughPdfReadsBackToTheSameDispatch(Path fixture) throws Exception {
        Dispatch original = reader.read(fixture);
        Dispatch back = reader.read(write(original.document(), "ban-ghi.pdf"));

        assertEquals(Fixtures.legalBasisPlain(original.document()), back.document());
        assertEquals(original.requirements(), back.requirements());
        assertEquals(original.references(), back.references());
    }

    @Test
    void aPlanWithAParentBodyHeadingsAndItemsComesBackWithItsStructure() throws Exception {
        Dispatch plan = reader.read(Fixtures.KE_HOACH);
        OfficialDocument back = reader.read(write(plan.document(), "ke-hoach.pdf")).document();

        assertEquals("UBND TỈNH BÌNH THUẬN", back.parentIssuer());
        assertEquals("SỞ THÔNG TIN VÀ TRUYỀN THÔNG", back.issuer());
        assertEquals(DocumentType.KE_HOACH, back.type());
        assertEquals("Sao lưu dữ liệu thư điện tử công vụ của các cơ quan nhà nước trên địa bàn tỉnh", back.subject());
        assertEquals(List.of(), back.recipients());
        assertEquals(new Signer(List.of(), "GIÁM ĐỐC", "Lê Quang Vinh"), back.signer());
        assertEquals(plan.document().paragraphs().stream().map(Paragraph::role).toList(),
                back.paragraphs().stream().map(Paragraph::role).toList());
        assertEquals(List.of("I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG THỰC HIỆN", "III. TỔ CHỨC THỰC HIỆN"),
                back.paragraphs().stream().filter(p -> p.role() == Paragraph.Role.HEADING).map(Paragraph::text).toList());
        assertTrue(back.paragraphs().stream().filter(p -> p.role() == Paragraph.Role.HEADING)
                .allMatch(p -> p.runs().stream().noneMatch(Run::bold)), "a heading's bold is its role's, not its runs'");
        assertEquals(List.of("đã gửi"), boldTexts(back));
    }

    @Test
    void aModelBuiltInCodeWithBoldAndItalicRunsComesBackEqual() throws Exception {
        OfficialDocument built = Fixtures.builtReport(". ");

        assertEquals(built, new DocumentReader().read(write(built, "bao-cao.pdf")));
    }

    /**
     * A body over two pages and the footer on a third, with the closing paragraph kept beside it (a
     * signature never stands alone): the paragraph cut by the page break is whole again, the page numbers
     * at the top of pages 2 and 3 are gone, the footer is read.
     */
    @Test
    void aDispatchOverThreePagesComesBackWhole() throws Exception {
        Dispatch seed = reader.read(Fixtures.SEED);
        OfficialDocument s = seed.document();
        List<Block> body = new ArrayList<>(s.body().subList(0, 4));
        body.addAll(MORE_ITEMS);
        body.addAll(s.body().subList(4, s.body().size()));
        OfficialDocument longer = new OfficialDocument(s.parentIssuer(), s.issuer(), s.numberSymbol(), s.place(), s.date(),
                s.type(), s.subject(), s.recipients(), body, s.signer(), s.distribution(), s.contact());
        Path pdf = write(longer, "dai.pdf");

        List<String> pages = pageTexts(pdf);
        assertEquals(3, pages.size());
        assertTrue(pages.get(1).startsWith("2\n") && pages.get(2).startsWith("3\n"), "numbered pages");
        assertTrue(pages.get(2).startsWith("3\nYêu cầu Thủ trưởng") && pages.get(2).contains("Nơi nhận:")
                && pages.get(2).contains("Võ Văn Thông"), "the closing paragraph with the footer on the last page: " + pages.get(2));
        List<String> texts = longer.paragraphs().stream().map(Paragraph::text).toList();
        assertTrue(texts.stream().anyMatch(t -> cutBetween(t, pages.get(0), pages.get(1))), "a paragraph runs from page 1 to 2");

        Dispatch back = reader.read(pdf);
        assertEquals(longer, back.document());
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9"), back.requirements().stream().map(r -> r.id()).toList());
        assertEquals(List.of(LocalDate.of(2019, 9, 15)), back.requirements().get(3).deadlines());
        assertEquals(new DispatchAnalyzer().analyze(longer), back);
    }

    private static final List<Block> MORE_ITEMS = List.of(
            Paragraph.of("4. Văn phòng HĐND và UBND thành phố rà soát danh sách tài khoản thư điện tử công vụ của cán bộ, "
                    + "công chức đã nghỉ hưu, chuyển công tác hoặc thôi việc; đề nghị Sở Thông tin và Truyền thông khóa các tài "
                    + "khoản này và gửi danh sách về Phòng Văn hóa và Thông tin thành phố trước ngày 15/9/2019 để tổng hợp. "
                    + "Trong thời gian chờ khóa, các đơn vị không sử dụng các tài khoản này để gửi, nhận văn bản điện tử.",
                    Paragraph.Role.ITEM),
            Paragraph.of("5. Các cơ quan, đơn vị và UBND các phường, xã phân công một công chức làm đầu mối quản lý hộp thư "
                    + "của đơn vị, thường xuyên kiểm tra, tiếp nhận và xử lý văn bản điện tử đến; kịp thời báo cáo Văn phòng "
                    + "HĐND và UBND thành phố khi phát hiện thư có dấu hiệu giả mạo, lừa đảo hoặc phát tán mã độc. Công chức "
                    + "đầu mối có trách nhiệm hướng dẫn cán bộ, công chức trong đơn vị đổi mật khẩu định kỳ ít nhất ba tháng "
                    + "một lần, không dùng chung mật khẩu của hộp thư công vụ với các tài khoản cá nhân khác, và không lưu "
                    + "mật khẩu trên máy tính dùng chung của cơ quan.", Paragraph.Role.ITEM),
            Paragraph.of("6. Phòng Văn hóa và Thông tin thành phố phối hợp với Trung tâm Văn hóa, Thông tin và Thể thao tuyên "
                    + "truyền trên hệ thống truyền thanh cơ sở về các hình thức lừa đảo qua thư điện tử, tin nhắn và mạng xã "
                    + "hội; theo dõi, đôn đốc việc thực hiện Công văn này và tổng hợp kết quả, tham mưu UBND thành phố báo cáo "
                    + "Sở Thông tin và Truyền thông theo quy định. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các "
                    + "cơ quan, đơn vị phản ánh về Phòng Văn hóa và Thông tin thành phố để được hướng dẫn, giải quyết kịp "
                    + "thời; những nội dung vượt thẩm quyền, Phòng Văn hóa và Thông tin tổng hợp, tham mưu UBND thành phố "
                    + "xem xét, chỉ đạo.", Paragraph.Role.ITEM),
            Paragraph.of("7. Trung tâm Văn hóa, Thông tin và Thể thao thành phố biên tập tài liệu hướng dẫn nhận biết thư "
                    + "giả mạo bằng hình ảnh minh họa, in và cấp phát cho các cơ quan, đơn vị và UBND các phường, xã; đồng thời "
                    + "đăng tải trên Trang thông tin điện tử của thành phố để cán bộ, công chức, viên chức và người dân tham "
                    + "khảo. Tài liệu cần nêu rõ cách kiểm tra địa chỉ người gửi, cách xem đường link thật trước khi nhấp chuột "
                    + "và số điện thoại của bộ phận hỗ trợ kỹ thuật.", Paragraph.Role.ITEM),
            Paragraph.of("8. UBND các phường, xã chỉ đạo bộ phận một cửa và công chức văn phòng - thống kê sử dụng hộp thư "
                    + "công vụ để trao đổi văn bản với các cơ quan cấp trên; không sử dụng các hộp thư miễn phí như Gmail, "
                    + "Yahoo để gửi, nhận văn bản, tài liệu của cơ quan nhà nước. Trường hợp hộp thư công vụ bị lỗi, công "
                    + "chức phụ trách liên hệ ngay Văn phòng HĐND và UBND thành phố để được khắc phục, không tự ý chuyển sang "
                    + "hộp thư khác; mọi văn bản gửi đi trong thời gian khắc phục phải được lưu lại để đối chiếu.",
                    Paragraph.Role.ITEM),
            Paragraph.of("9. Thủ trưởng các cơ quan, đơn vị và Chủ tịch UBND các phường, xã chịu trách nhiệm trước Chủ tịch "
                    + "UBND thành phố nếu để xảy ra mất an toàn thông tin do không thực hiện đầy đủ các nội dung tại Công văn "
                    + "này. Kết quả thực hiện là một trong những tiêu chí đánh giá, xếp loại thi đua cuối năm của cơ quan, đơn "
                    + "vị và của người đứng đầu; Văn phòng HĐND và UBND thành phố theo dõi, tổng hợp và đề xuất khen thưởng "
                    + "những đơn vị thực hiện tốt, nhắc nhở những đơn vị chậm trễ.", Paragraph.Role.ITEM));

    /** The first words of {@code text} stand on {@code page} and its last words on {@code next}. */
    private static boolean cutBetween(String text, String page, String next) {
        String flat = page.replaceAll("\\s+", " ");
        String flatNext = next.replaceAll("\\s+", " ");
        return flat.contains(text.substring(0, 40)) && !flat.contains(text.substring(text.length() - 40))
                && flatNext.contains(text.substring(text.length() - 40).strip());
    }

    private Path write(OfficialDocument doc, String name) throws IOException {
        Path pdf = dir.resolve(name);
        new PdfWriter().write(doc, pdf);
        return pdf;
    }

    private static List<String> pageTexts(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(doc));
            }
            return pages;
        }
    }

    private static List<String> boldTexts(OfficialDocument doc) {
        return doc.paragraphs().stream().flatMap(p -> p.runs().stream()).filter(Run::bold).map(Run::text).toList();
    }
}
