package vn.congvan.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.congvan.model.Block;
import vn.congvan.model.DocumentType;
import vn.congvan.model.OfficialDocument;
import vn.congvan.model.Paragraph;
import vn.congvan.model.Reference;
import vn.congvan.model.Table;
import vn.congvan.text.VietnameseText;

/**
 * A unit's report back on a dispatch it received: a BÁO CÁO whose excerpt or opening cites the dispatch it
 * carries out ("Kết quả thực hiện Công văn số 6174/UBND-VX ngày 21/8/2019 của UBND thành phố", "Thực hiện
 * Kế hoạch số 45/KH-UBND …").
 *
 * @param document the report as read
 * @param cited    the documents it says it carries out, the excerpt's first, each once
 * @param itemText what the unit says item by item, as lines the reply reader reads: the section of results
 *                 when the report has Roman-numbered parts (difficulties and proposals have numbered points of
 *                 their own, which are not the dispatch's items), tables as numbered lines ({@link ReportRows});
 *                 the opening and the closing "Trên đây là báo cáo …" left out (they often say "đã triển khai
 *                 thực hiện các nội dung", which would read as every item done)
 */
public record ReportBack(OfficialDocument document, List<Citation> cited, String itemText) {
    /** A cited document: its number/symbol, its date if written, its issuer if written ("của UBND thành phố"). */
    public record Citation(String numberSymbol, LocalDate date, String issuer) {
    }

    private static final Pattern CARRIES_OUT = Pattern.compile(
            "(?:thực hiện|triển khai)\\s+(?:(?:các\\s+)?nội dung\\s+(?:của\\s+)?)?(?:Công văn|Công điện|Kế hoạch|Quyết định|Chỉ thị|"
                    + "Thông báo|Văn bản|Hướng dẫn|Chương trình)\\s+số",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ISSUER = Pattern.compile("^[^.;]{0,40}?\\bcủa\\s+(.+?)(?=\\s+(?:về|V/v)\\s|\\s*[,;.:(]|$)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PART = Pattern.compile("^[IVX]{1,4}[.)]\\s+\\S");
    private static final Pattern ITEM = Pattern.compile("^\\(?\\d{1,2}[.):]\\s*\\S");
    private static final int OPENING_PARAGRAPHS = 3;

    public ReportBack {
        cited = List.copyOf(cited);
    }

    /** The report back in {@code document}, if it is one (a BÁO CÁO citing what it carries out). */
    public static Optional<ReportBack> of(OfficialDocument document) {
        if (document.type() != DocumentType.BAO_CAO) {
            return Optional.empty();
        }
        List<String> opening = new ArrayList<>();
        if (document.subject() != null) {
            opening.add(document.subject());
        }
        List<Block> body = document.body();
        int start = firstItem(body);
        int afterOpening = 0;
        for (int i = 0; i < Math.min(start, OPENING_PARAGRAPHS); i++) {
            if (body.get(i) instanceof Paragraph p) {
                opening.add(p.text());
                if (CARRIES_OUT.matcher(VietnameseText.oneLine(p.text())).find()) {
                    afterOpening = i + 1;
                }
            }
        }
        List<Citation> cited = citations(opening);
        if (cited.isEmpty()) {
            return Optional.empty();
        }
        // Items written without numbers ("Việc phổ biến …, phường đã hoàn thành") follow the opening.
        return Optional.of(new ReportBack(document, cited, itemText(body, start < body.size() ? start : afterOpening)));
    }

    private static List<Citation> citations(List<String> texts) {
        Map<String, Citation> found = new LinkedHashMap<>();
        for (String raw : texts) {
            String text = VietnameseText.oneLine(raw);
            Matcher m = CARRIES_OUT.matcher(text);
            while (m.find()) {
                String rest = text.substring(m.start());
                List<Reference> refs = ReferenceFinder.find(List.of(rest), null);
                if (refs.isEmpty()) {
                    continue;
                }
                Reference r = refs.get(0);
                String after = rest.substring(rest.indexOf(r.numberSymbol()) + r.numberSymbol().length());
                Matcher issuer = ISSUER.matcher(after);
                found.putIfAbsent(r.numberSymbol(), new Citation(r.numberSymbol(), r.date(),
                        issuer.find() ? issuer.group(1).strip() : null));
            }
        }
        return List.copyOf(found.values());
    }

    /** Where the items start: the first numbered item, Roman-numbered part or table. */
    private static int firstItem(List<Block> body) {
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i) instanceof Table) {
                return i;
            }
            String text = ((Paragraph) body.get(i)).text().strip();
            if (ITEM.matcher(text).find() || PART.matcher(text).find()) {
                return i;
            }
        }
        return body.size();
    }

    private static String itemText(List<Block> body, int start) {
        List<Block> items = body.subList(start, body.size());
        List<List<Block>> parts = parts(items);
        List<Block> chosen = parts.isEmpty() ? items
                : parts.stream().filter(p -> isResults(p.get(0))).findFirst().orElse(parts.get(0));
        StringBuilder out = new StringBuilder();
        for (Block b : chosen) {
            if (b instanceof Table t) {
                for (List<String> row : t.rows()) {
                    out.append(ReportRows.line(t.header(), row)).append('\n');
                }
            } else {
                String text = VietnameseText.oneLine(((Paragraph) b).text());
                if (VietnameseText.fold(text).startsWith("tren day la")) {
                    break;
                }
                out.append(text).append('\n');
            }
        }
        return out.toString();
    }

    /** The blocks split at Roman-numbered parts ("I. KẾT QUẢ THỰC HIỆN"); none when it has none. */
    private static List<List<Block>> parts(List<Block> items) {
        List<Integer> heads = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof Paragraph p && PART.matcher(p.text().strip()).find()) {
                heads.add(i);
            }
        }
        List<List<Block>> parts = new ArrayList<>();
        for (int h = 0; h < heads.size(); h++) {
            parts.add(items.subList(heads.get(h), h + 1 < heads.size() ? heads.get(h + 1) : items.size()));
        }
        return parts;
    }

    private static boolean isResults(Block head) {
        String h = VietnameseText.fold(((Paragraph) head).text());
        return h.contains("ket qua") || h.contains("tinh hinh");
    }
}
