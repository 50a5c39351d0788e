package vn.congvan.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** How a collection tells a mail it recorded before from another mail under the same Message-ID. */
class RecordedMailIdsTest {
    private static final String A1 = "mid:<a@phuthuy.example>#sha256:1111";
    private static final String A2 = "mid:<a@phuthuy.example>#sha256:2222";
    private static final String AB = "mid:<a@phuthuy.example.org>#sha256:3333";
    private static final String B = "mid:<b@ducthang.example>#sha256:4444";
    private static final String BARE = "<old@tienloi.example>";

    @Test
    void theIdsTheLedgerHeldAtTheStartAreFoundWhateverTheirOrderAndRepeats() {
        // As the ledger lists them: per dispatch, so an id recorded on two dispatches comes twice, out of order.
        RecordedMailIds ids = new RecordedMailIds(List.of(B, A1, BARE, A1, B));

        assertTrue(ids.hasBare(BARE));
        assertFalse(ids.hasBare("<a@phuthuy.example>"), "recorded with its content's hash, not bare");
        assertFalse(ids.otherWithId("<a@phuthuy.example>", A1), "the same mail again");
        assertTrue(ids.otherWithId("<a@phuthuy.example>", A2), "the same Message-ID with other content");
        assertFalse(ids.otherWithId("<b@ducthang.example>", B));
        assertTrue(ids.otherWithId("<b@ducthang.example>", "mid:<b@ducthang.example>#sha256:9999"));
        assertFalse(ids.otherWithId("<c@tienloi.example>", "mid:<c@tienloi.example>#sha256:5555"), "never seen");
    }

    @Test
    void anIdThatOnlyStartsLikeAnotherIsNotTheSameMessageId() {
        RecordedMailIds ids = new RecordedMailIds(List.of(AB));

        assertFalse(ids.otherWithId("<a@phuthuy.example>", A1), "<a@phuthuy.example.org> is another Message-ID");
        assertTrue(ids.otherWithId("<a@phuthuy.example.org>", "mid:<a@phuthuy.example.org>#sha256:0000"));
    }

    @Test
    void whatTheCollectionRecordsCountsFromTheNextMail() {
        RecordedMailIds ids = new RecordedMailIds(List.of(B));
        assertFalse(ids.otherWithId("<a@phuthuy.example>", A2));

        ids.add(A1);
        ids.add(B);
        ids.add(BARE);

        assertTrue(ids.otherWithId("<a@phuthuy.example>", A2), "recorded in this collection, with other content");
        assertFalse(ids.otherWithId("<a@phuthuy.example>", A1));
        assertTrue(ids.hasBare(BARE));
        assertFalse(ids.otherWithId("<b@ducthang.example>", B), "added again: still the same mail");
    }
}
