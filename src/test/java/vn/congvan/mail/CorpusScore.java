package vn.congvan.mail;

import vn.congvan.mail.Classification.Bounce;
import vn.congvan.mail.Classification.ReadReceipt;
import vn.congvan.mail.Classification.Reply;
import vn.congvan.mail.Classification.Suggestion;
import vn.congvan.mail.Classification.Suspicious;
import vn.congvan.mail.Classification.Unmatched;
import vn.congvan.mail.CorpusExpectation.Item;
import vn.congvan.mail.CorpusExpectation.Kind;
import vn.congvan.model.ItemReading;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The corpus read against what a careful clerk reads, item by item: an item is right when its status and its
 * certainty (recorded at once, or left for the clerk's review) are the expected ones. "Silently wrong" is
 * what would enter the ledger without review and differs from the expectation: a certain reading of another
 * status, of an item the mail does not state or that needs review, and an acknowledgement or delivery
 * failure recorded for a mail that is not one, or for the wrong unit or dispatch.
 */
final class CorpusScore {
    private final long dispatchKey;
    private final List<String> table = new ArrayList<>();
    private final List<String> mismatches = new ArrayList<>();
    private final List<String> silent = new ArrayList<>();
    private int mails;
    private int mailsRight;
    private int itemsExpected;
    private int itemsRight;
    private int datesStated;
    private int datesRight;

    /** @param dispatchKey the ledger key of the seed dispatch, the one every corpus mail is about */
    CorpusScore(long dispatchKey) {
        this.dispatchKey = dispatchKey;
    }

    /** What the classifier made of a mail, in the terms of expected.csv. */
    private record Got(String kind, String unit, Long dispatchKey, boolean receipt, Map<String, ItemReading> readings,
                       boolean recordsReadings, String why) {
        static Got of(Classification c) {
            if (c instanceof Reply r) {
                return new Got("REPLY", r.unitCode(), r.dispatchKey(), true, r.readings(), true, "");
            }
            if (c instanceof Suggestion s) {
                return new Got("SUGGESTION", s.unitCode(), s.dispatchKey(), s.receipt(), s.readings(), false, s.reason());
            }
            if (c instanceof ReadReceipt r) {
                return new Got("RECEIPT", r.unitCode(), r.dispatchKey(), true, Map.of(), false, "");
            }
            if (c instanceof Bounce b) {
                return new Got("BOUNCE", b.unitCode(), b.dispatchKey(), false, Map.of(), false, b.diagnostic());
            }
            if (c instanceof Suspicious s) {
                return new Got("SUSPICIOUS", "", null, false, Map.of(), false, String.join(" ", s.reasons()));
            }
            return new Got("UNMATCHED", "", null, false, Map.of(), false, ((Unmatched) c).reason());
        }

        /** The reading as the ledger would take it: a suggestion's readings all wait for the clerk. */
        Item item(String id) {
            ItemReading r = readings.get(id);
            return r == null ? null : new Item(r.status(), recordsReadings && r.certain());
        }
    }

    void add(CorpusExpectation e, Classification classification) {
        Got got = Got.of(classification);
        mails++;
        boolean kindRight = e.kind().notApplied() ? got.kind().equals("UNMATCHED") : got.kind().equals(e.kind().name());
        boolean placedRight = got.unit().equals(e.unit()) && Objects.equals(got.dispatchKey(), placed(e) ? dispatchKey : null);
        boolean mailRight = kindRight && (placedRight || !placed(e)) && got.receipt() == e.receipt();
        if (mailRight) {
            mailsRight++;
        } else {
            mismatches.add(String.format(Locale.ROOT, "%s: cần %s %s%s, được %s %s%s%s", e.file(), e.kind(), e.unit(),
                    e.receipt() ? " (đã nhận)" : "", got.kind(), got.unit(), got.receipt() ? " (đã nhận)" : "",
                    got.why().isEmpty() ? "" : " — " + shorten(got.why())));
        }
        recordedEffects(e, got, placedRight);

        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%s %-52s %-10s %-15s → %-10s %-15s",
                mailRight ? "✓" : "✗", e.file(), e.kind(), e.unit(), got.kind(), got.unit()));
        for (String id : CorpusExpectation.ITEMS) {
            Item want = e.items().get(id);
            Item read = placedRight ? got.item(id) : null;
            if (want != null) {
                itemsExpected++;
                if (want.equals(read)) {
                    itemsRight++;
                } else {
                    mismatches.add(String.format(Locale.ROOT, "%s, mục %s: cần %s, đọc được %s", e.file(), id, describe(want),
                            read == null ? "không có" : describe(read)));
                }
            }
            if (want != null || got.item(id) != null) {
                line.append(String.format(Locale.ROOT, "  %s:%s%s", id, want == null ? "—" : want,
                        Objects.equals(want, read) ? "✓" : "✗(" + (got.item(id) == null ? "—" : got.item(id)) + ")"));
            }
            dates(e, id, "ngày làm xong", e.doneOn().get(id), got.readings().get(id), true);
            dates(e, id, "ngày dự kiến", e.expectedBy().get(id), got.readings().get(id), false);
        }
        table.add(line.toString());
    }

    /** What would enter the ledger without the clerk, checked against what should. */
    private void recordedEffects(CorpusExpectation e, Got got, boolean placedRight) {
        boolean acknowledges = got.kind().equals("REPLY") || got.kind().equals("RECEIPT");
        if (acknowledges && !((e.kind() == Kind.REPLY || e.kind() == Kind.RECEIPT) && placedRight)) {
            silent.add(String.format(Locale.ROOT, "%s: ghi \"đã nhận\" cho %s, nhưng thư là %s %s", e.file(), got.unit(), e.kind(), e.unit()));
        }
        if (got.kind().equals("BOUNCE") && !(e.kind() == Kind.BOUNCE && placedRight)) {
            silent.add(String.format(Locale.ROOT, "%s: ghi \"gửi không tới\" cho %s, nhưng thư là %s %s", e.file(), got.unit(), e.kind(), e.unit()));
        }
        for (String id : CorpusExpectation.ITEMS) {
            Item read = got.item(id);
            Item want = e.items().get(id);
            boolean rightToRecord = e.kind() == Kind.REPLY && placedRight && want != null && want.certain() && want.equals(read);
            if (read != null && read.certain() && !rightToRecord) {
                silent.add(String.format(Locale.ROOT, "%s, mục %s: ghi ngay %s cho %s, nhưng cần %s", e.file(), id, read.status(),
                        got.unit(), want == null ? "không ghi gì" : describe(want) + (placedRight ? "" : " cho " + e.unit())));
            }
        }
    }

    private void dates(CorpusExpectation e, String id, String what, LocalDate want, ItemReading read, boolean doneOn) {
        if (want == null) {
            return;
        }
        datesStated++;
        LocalDate got = read == null ? null : doneOn ? read.doneOn() : read.expectedBy();
        if (want.equals(got)) {
            datesRight++;
        } else {
            mismatches.add(String.format(Locale.ROOT, "%s, mục %s: %s cần %s, đọc được %s", e.file(), id, what, want,
                    got == null ? "không có" : got));
        }
    }

    private static boolean placed(CorpusExpectation e) {
        return !e.unit().isEmpty() && !e.kind().notApplied() && e.kind() != Kind.SUSPICIOUS;
    }

    private static String describe(Item item) {
        return item.status() + (item.certain() ? " (ghi ngay)" : " (chờ xem lại)");
    }

    private static String shorten(String text) {
        String one = text.replaceAll("\\s+", " ").strip();
        return one.length() > 140 ? one.substring(0, 139) + "…" : one;
    }

    int itemsExpected() {
        return itemsExpected;
    }

    int itemsRight() {
        return itemsRight;
    }

    double percent() {
        return itemsExpected == 0 ? 0 : 100.0 * itemsRight / itemsExpected;
    }

    int silentlyWrong() {
        return silent.size();
    }

    String totals() {
        return String.format(Locale.ROOT, "Điểm: %d/%d mục = %.1f %%; ghi sai không qua xem lại: %d (thư đúng loại và đơn vị: %d/%d; ngày: %d/%d)",
                itemsRight, itemsExpected, percent(), silentlyWrong(), mailsRight, mails, datesRight, datesStated);
    }

    /** The table per mail, what differs (file, item, expected, got), what would be recorded wrongly, and the totals. */
    String report() {
        StringBuilder out = new StringBuilder("Bộ thư trả lời mẫu: cần → đọc được (mục: cần ✓ | ✗(đọc được); \"?\" = chờ văn thư xem lại)\n");
        table.forEach(l -> out.append(l).append('\n'));
        out.append("\nKhác với mong đợi (").append(mismatches.size()).append("):\n");
        mismatches.forEach(l -> out.append("  ").append(l).append('\n'));
        out.append("\nGhi sai không qua xem lại (").append(silent.size()).append("):\n");
        silent.forEach(l -> out.append("  ").append(l).append('\n'));
        return out.append('\n').append(totals()).append('\n').toString();
    }
}
