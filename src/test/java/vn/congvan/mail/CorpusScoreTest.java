package vn.congvan.mail;

import org.junit.jupiter.api.Test;
import vn.congvan.mail.CorpusExpectation.Item;
import vn.congvan.mail.CorpusExpectation.Kind;
import vn.congvan.model.ItemReading;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.congvan.model.ComplianceStatus.DONE;
import static vn.congvan.model.ComplianceStatus.IN_PROGRESS;

/** The corpus score counts what the issue asks: status and certainty per item, and what enters the ledger unreviewed. */
class CorpusScoreTest {
    private static final long SEED = 7;

    private static CorpusExpectation reply(String unit, Map<String, Item> items) {
        return new CorpusExpectation("x.eml", Kind.REPLY, unit, true, items, Map.of(), Map.of());
    }

    private static ItemReading certain(vn.congvan.model.ComplianceStatus s) {
        return ItemReading.certain(s, "");
    }

    @Test
    void anItemIsRightWhenItsStatusAndItsCertaintyAreTheExpectedOnes() {
        CorpusScore score = new CorpusScore(SEED);
        score.add(reply("P-MUINE", Map.of("1", new Item(DONE, true), "2", new Item(IN_PROGRESS, true), "3", new Item(DONE, false))),
                new Classification.Reply(SEED, "P-MUINE", null,
                        Map.of("1", certain(DONE), "2", certain(IN_PROGRESS).doubtful(), "3", certain(DONE).doubtful()), ""));
        assertEquals(3, score.itemsExpected());
        assertEquals(2, score.itemsRight(), "item 2 waits for review though the unit stated it plainly: not right");
        assertEquals(0, score.silentlyWrong(), "a reading left for review is never silently wrong");
        assertTrue(score.report().contains("x.eml, mục 2: cần IN_PROGRESS (ghi ngay), đọc được IN_PROGRESS (chờ xem lại)"), score.report());
    }

    @Test
    void whatEntersTheLedgerUnreviewedAndDiffersIsSilentlyWrong() {
        CorpusScore score = new CorpusScore(SEED);
        // a bare "Đã hoàn thành." recorded at once; an item the mail does not state; the right status
        score.add(reply("P-MUINE", Map.of("1", new Item(DONE, false), "3", new Item(DONE, true))),
                new Classification.Reply(SEED, "P-MUINE", null, Map.of("1", certain(DONE), "2", certain(DONE), "3", certain(DONE)), ""));
        // the right words placed on the wrong unit
        score.add(reply("P-MUINE", Map.of("1", new Item(DONE, true))),
                new Classification.Reply(SEED, "P-HAMTIEN", null, Map.of("1", certain(DONE)), ""));
        // an out-of-office taken for a reply acknowledges receipt wrongly
        score.add(new CorpusExpectation("auto.eml", Kind.AUTO, "P-MUINE", false, Map.of(), Map.of(), Map.of()),
                new Classification.Reply(SEED, "P-MUINE", null, Map.of(), ""));
        // a suggestion records nothing, whatever it proposes
        score.add(new CorpusExpectation("fwd.eml", Kind.SUGGESTION, "P-MUINE", true, Map.of("1", new Item(DONE, false)), Map.of(), Map.of()),
                new Classification.Suggestion(SEED, "P-MUINE", null, true, Map.of("1", certain(IN_PROGRESS)), "", "chuyển tiếp"));

        assertEquals(5, score.silentlyWrong(), score.report());
        assertEquals(1, score.itemsRight(), "only item 3 of the first mail: " + score.report());
        assertEquals(4, score.itemsExpected());
        assertTrue(score.report().contains("x.eml, mục 1: ghi ngay DONE cho P-HAMTIEN, nhưng cần DONE (ghi ngay) cho P-MUINE"), score.report());
        assertTrue(score.report().contains("auto.eml: ghi \"đã nhận\" cho P-MUINE, nhưng thư là AUTO P-MUINE"), score.report());
        assertTrue(score.totals().startsWith("Điểm: 1/4 mục = 25.0 %; ghi sai không qua xem lại: 5"), score.totals());
    }

    @Test
    void notAppliedMatchesBothUnplacedAndAutomaticMailAndDatesAreCountedApart() {
        CorpusScore score = new CorpusScore(SEED);
        score.add(new CorpusExpectation("a.eml", Kind.UNPLACED, "", false, Map.of(), Map.of(), Map.of()), new Classification.Unmatched("khác"));
        score.add(new CorpusExpectation("b.eml", Kind.AUTO, "P-MUINE", false, Map.of(), Map.of(), Map.of()), new Classification.Unmatched("tự động"));
        score.add(new CorpusExpectation("c.eml", Kind.REPLY, "P-MUINE", true, Map.of("3", new Item(DONE, true)),
                        Map.of("3", LocalDate.of(2019, 8, 28)), Map.of()),
                new Classification.Reply(SEED, "P-MUINE", null, Map.of("3", new ItemReading(DONE, true, "", LocalDate.of(2019, 8, 29), null)), ""));
        assertTrue(score.totals().endsWith("(thư đúng loại và đơn vị: 3/3; ngày: 0/1)"), score.totals());
        assertEquals(List.of(1, 1, 0), List.of(score.itemsRight(), score.itemsExpected(), score.silentlyWrong()));
        assertTrue(score.report().contains("c.eml, mục 3: ngày làm xong cần 2019-08-28, đọc được 2019-08-29"), score.report());
    }
}
