package vn.congvan.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import vn.congvan.ingest.DispatchReader;
import vn.congvan.model.Appendix;
import vn.congvan.model.Block;
import vn.congvan.model.Dispatch;
import vn.congvan.model.DocumentType;
import vn.congvan.model.InputException;
import vn.congvan.model.NumberSymbol;
import vn.congvan.model.OfficialDocument;
import vn.congvan.model.Paragraph;
import vn.congvan.model.Recurrence;
import vn.congvan.model.Reference;
import vn.congvan.model.Requirement;
import vn.congvan.model.Run;
import vn.congvan.model.Signer;
import vn.congvan.model.Table;

/**
 * The ledger's JSON of the document model, written and read without databind, is the JSON databind wrote and
 * read before (the mapper below is the one the ledger used until then): byte for byte on every dispatch of the
 * corpus and on a report with a table and an appendix, and the stored forms of earlier versions still read.
 */
class AnalysedDispatchCodecTest {
    /** The ledger's mapper as it was: the reference. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({@JsonSubTypes.Type(value = Paragraph.class, name = "paragraph"),
            @JsonSubTypes.Type(value = Table.class, name = "table")})
    private interface BlockKinds {
    }

    private static final ObjectMapper DATABIND = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .addMixIn(Block.class, BlockKinds.class)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    void everyDispatchOfTheCorpusWritesAndReadsAsWithDatabind() throws IOException {
        List<Dispatch> corpus = corpus();
        assertTrue(corpus.size() >= 20, "dispatches read: " + corpus.size());
        for (Dispatch d : corpus) {
            String expected = DATABIND.writeValueAsString(d);
            String json = AnalysedDispatchCodec.write(d);
            assertEquals(expected, json, d.id());
            assertEquals(d, AnalysedDispatchCodec.read(json), d.id());
            assertEquals(DATABIND.readValue(json, Dispatch.class), AnalysedDispatchCodec.read(json), d.id());
        }
    }

    @Test
    void aReportWithTableAndAppendixWritesAndReadsAsWithDatabind() throws IOException {
        OfficialDocument report = report();
        String json = AnalysedDispatchCodec.write(report);
        assertEquals(DATABIND.writeValueAsString(report), json);
        assertEquals(report, AnalysedDispatchCodec.readDocument(json));

        Dispatch dispatch = new Dispatch(report, List.of(
                new Requirement("1", "Báo cáo trước 16 giờ 30 ngày 12/3/2021", List.of(LocalDate.of(2021, 3, 12)),
                        List.of(new Requirement("a", "tiểu mục", List.of(), List.of())), List.of("PYT"), List.of("UBND các phường"),
                        LocalTime.of(16, 30), null),
                new Requirement("2", "hằng quý", List.of(), List.of(), List.of(), List.of(), LocalTime.of(9, 5, 7, 1000),
                        new Recurrence(Recurrence.Period.QUARTERLY, 15, YearMonth.of(2021, 4))),
                new Requirement("3", "hằng tháng", List.of(), List.of(), List.of(), List.of(), null,
                        new Recurrence(Recurrence.Period.MONTHLY, 0, null))),
                List.of(new Reference("707/STTTT-TTCNTT&TT", LocalDate.of(2019, 8, 12)), new Reference("12/BC-UBND", null)));
        String dispatchJson = AnalysedDispatchCodec.write(dispatch);
        assertEquals(DATABIND.writeValueAsString(dispatch), dispatchJson);
        assertEquals(dispatch, AnalysedDispatchCodec.read(dispatchJson));
    }

    @Test
    void formsOfEarlierVersionsAreRead() throws IOException {
        // Before roles, times of day and recurrences (and with fields in another order, an unknown one, nulls).
        String requirement = "{\"text\":\"t\",\"id\":\"1\",\"deadlines\":[\"2019-08-30\"],\"items\":[],\"later\":{\"x\":[1]}}";
        String dispatch = "{\"references\":[],\"document\":" + document("{\"authorityLines\":[\"KT. CHỦ TỊCH\"],"
                + "\"position\":\"PHÓ CHỦ TỊCH\",\"name\":\"A\"}", "") + ",\"requirements\":[" + requirement + "]}";
        Dispatch read = AnalysedDispatchCodec.read(dispatch);
        assertEquals(DATABIND.readValue(dispatch, Dispatch.class), read);
        assertEquals(List.of(), read.requirements().get(0).lead());
        assertEquals(null, read.document().appendix());

        // The signer as authority and title (a double authority's second line after a line feed), which databind
        // stopped reading when the authority became a list of lines; and a table before kept phrases.
        String earlier = document("{\"authority\":\"TM.\",\"title\":\"ỦY BAN NHÂN DÂN\\nKT. CHỦ TỊCH\","
                + "\"position\":\"PHÓ CHỦ TỊCH\",\"name\":\"Trần Minh Khoa\"}",
                ",{\"kind\":\"table\",\"header\":[\"TT\",\"Đơn vị\"],\"rows\":[[\"1\",\"Phòng Y tế\"]],\"widths\":[1.0,4.5]}");
        assertThrows(JsonProcessingException.class, () -> DATABIND.readValue(earlier, OfficialDocument.class));
        OfficialDocument old = AnalysedDispatchCodec.readDocument(earlier);
        assertEquals(new Signer(List.of("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"), "PHÓ CHỦ TỊCH", "Trần Minh Khoa"), old.signer());
        assertEquals(new Table(List.of("TT", "Đơn vị"), List.of(List.of("1", "Phòng Y tế")), List.of(1.0, 4.5)), old.body().get(1));
        assertEquals(new Signer(List.of(), null, "B"),
                AnalysedDispatchCodec.readDocument(document("{\"authority\":null,\"title\":null,\"name\":\"B\"}", "")).signer());
        assertEquals(List.of("KT. CHỦ TỊCH"), AnalysedDispatchCodec.readDocument(
                document("{\"authority\":\"KT.\",\"title\":\"CHỦ TỊCH\",\"name\":\"B\"}", "")).signer().authorityLines());
    }

    @Test
    void textOutOfShapeIsRefusedAsDatabindRefusedIt() {
        List<String> refused = List.of(
                "", "[]", "{\"document\":", "not json",
                document("null", ",{\"runs\":[]}"),                                 // a block without its kind
                document("null", ",{\"kind\":\"image\"}"),                          // a kind that does not exist
                document("null", ",{\"kind\":\"table\",\"header\":[\"a\"],\"rows\":[],\"widths\":[],\"keptWhole\":[]}"),
                document("null", ",{\"kind\":\"paragraph\",\"runs\":null,\"role\":\"TEXT\"}"),
                document("null", "").replace("\"CONG_VAN\"", "\"THU_TAY\""),
                document("null", "").replace("\"2019-08-21\"", "\"2019-02-30\""),
                document("null", "").replace("\"recipients\":[\"Phòng Y tế\"]", "\"recipients\":null"));
        for (String json : refused) {
            assertThrows(JsonProcessingException.class, () -> DATABIND.readValue(json, OfficialDocument.class), json);
            assertThrows(JsonProcessingException.class, () -> AnalysedDispatchCodec.readDocument(json), json);
            assertThrows(JsonProcessingException.class, () -> AnalysedDispatchCodec.read("{\"document\":" + json + "}"), json);
        }
    }

    /** A document with {@code signer} and a paragraph followed by {@code moreBlocks}, as stored. */
    private static String document(String signer, String moreBlocks) {
        return "{\"parentIssuer\":null,\"issuer\":\"ỦY BAN NHÂN DÂN THÀNH PHỐ PHAN THIẾT\",\"numberSymbol\":{\"number\":\"6174\","
                + "\"symbol\":\"UBND-VX\"},\"place\":\"Phan Thiết\",\"date\":\"2019-08-21\",\"type\":\"CONG_VAN\",\"subject\":\"s\","
                + "\"recipients\":[\"Phòng Y tế\"],\"body\":[{\"kind\":\"paragraph\",\"runs\":[{\"text\":\"Đoạn\",\"bold\":false,"
                + "\"italic\":true}],\"role\":\"TEXT\"}" + moreBlocks + "],\"signer\":" + signer + ",\"distribution\":[\"Như trên\"],"
                + "\"contact\":null}";
    }

    /** A report as `report` drafts one: no number yet, a table with kept phrases, the list of units appended. */
    private static OfficialDocument report() {
        Table table = new Table(List.of("TT", "Đơn vị", "Tình trạng"),
                List.of(List.of("1", "Phòng \"Y tế\" \\ <b>&", "Chưa thực hiện"), List.of("2", "UBND xã\tTiến\u2028Lợi\u0001", "Đã hoàn thành")),
                List.of(0.1, 4.5, 1e-7), List.of("Chưa thực hiện", "Chưa xác nhận"));
        Appendix appendix = new Appendix("DANH SÁCH CÁC ĐƠN VỊ", "(Kèm theo Công văn số      /UBND-VX)",
                List.of(Paragraph.of("1. Phòng Y tế", Paragraph.Role.ITEM), table));
        return new OfficialDocument("UBND TỈNH BÌNH THUẬN", "ỦY BAN NHÂN DÂN THÀNH PHỐ PHAN THIẾT", null, "Phan Thiết",
                LocalDate.of(2019, 9, 5), DocumentType.BAO_CAO, "kết quả thực hiện Công văn số 6174/UBND-VX",
                List.of(), List.of(new Paragraph(List.of(new Run("Căn cứ ", false, true), Run.plain("🙂 đậm")), Paragraph.Role.LEGAL_BASIS),
                        table), new Signer(List.of("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"), null, "Trần Minh Khoa"),
                List.of("Như trên", "Lưu: VT, VX"), "Thông tin liên hệ: 0252.3821.xxx", appendix);
    }

    /** Every dispatch of the project's samples and test dispatches that the reader reads. */
    private static List<Dispatch> corpus() throws IOException {
        List<Dispatch> dispatches = new ArrayList<>();
        DispatchReader reader = new DispatchReader();
        for (Path folder : List.of(Path.of("samples"), Path.of("src/test/resources/dispatches"), Path.of("src/test/resources/reports"))) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    try {
                        dispatches.add(reader.read(file));
                    } catch (InputException | IllegalArgumentException e) {
                        // not a dispatch (a directory file, a reply): nothing to store
                    }
                }
            }
        }
        return dispatches;
    }
}
