package vn.congvan.mail;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.congvan.model.ComplianceStatus;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a careful clerk reads in one corpus mail: one row of {@code replies/corpus/expected.csv}.
 *
 * @param kind       REPLY, RECEIPT, BOUNCE, SUGGESTION, UNPLACED, SUSPICIOUS or AUTO
 * @param unit       the unit the mail is about ("" when it is about none we track)
 * @param receipt    whether the mail acknowledges receipt (for a suggestion: once the clerk accepts it)
 * @param items      requirement id ("1".."3") → expected reading; an item the mail does not state is absent
 * @param doneOn     requirement id → the day the unit says the work was done, where it says so
 * @param expectedBy requirement id → the day the unit expects to finish, where it says so
 */
record CorpusExpectation(String file, Kind kind, String unit, boolean receipt, Map<String, Item> items,
                         Map<String, LocalDate> doneOn, Map<String, LocalDate> expectedBy) {
    static final List<String> ITEMS = List.of("1", "2", "3");

    enum Kind {
        REPLY, RECEIPT, BOUNCE, SUGGESTION, UNPLACED, SUSPICIOUS, AUTO;

        /** Mail that changes nothing by itself: listed for the clerk. */
        boolean notApplied() {
            return this == UNPLACED || this == AUTO;
        }
    }

    /**
     * One expected reading: {@code DONE} must be recorded as it is; {@code DONE?} must wait for the clerk.
     */
    record Item(ComplianceStatus status, boolean certain) {
        static Item parse(String cell) {
            boolean review = cell.endsWith("?");
            return new Item(ComplianceStatus.valueOf(review ? cell.substring(0, cell.length() - 1) : cell), !review);
        }

        @Override
        public String toString() {
            return status + (certain ? "" : "?");
        }
    }

    static List<CorpusExpectation> load(Path csv) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        List<CorpusExpectation> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8); CSVParser parser = CSVParser.parse(in, format)) {
            for (CSVRecord r : parser) {
                Map<String, Item> items = new LinkedHashMap<>();
                for (String id : ITEMS) {
                    String cell = r.get("item" + id).strip();
                    if (!cell.isEmpty()) {
                        items.put(id, Item.parse(cell));
                    }
                }
                rows.add(new CorpusExpectation(r.get("file"), Kind.valueOf(r.get("kind")), r.get("unit"),
                        r.get("receipt").equals("yes"), items, days(r.get("done_on")), days(r.get("expected_by"))));
            }
        }
        return rows;
    }

    /** "1:2019-08-26;3:2019-08-28" → {1=2019-08-26, 3=2019-08-28}. */
    private static Map<String, LocalDate> days(String cell) {
        Map<String, LocalDate> days = new LinkedHashMap<>();
        for (String part : cell.split(";")) {
            if (!part.isBlank()) {
                String[] idAndDay = part.strip().split(":", 2);
                days.put(idAndDay[0], LocalDate.parse(idAndDay[1]));
            }
        }
        return days;
    }
}
