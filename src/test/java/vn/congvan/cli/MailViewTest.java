package vn.congvan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.congvan.app.ReplyCollection;

/** What `collect` prints of a collection too long to list mail by mail. */
class MailViewTest {
    @Test
    void aCollectionListedInPartSaysSoAndCountsEveryMail() {
        // 12,000 mails read, all for the clerk and already queued by an earlier run; none listed.
        ReplyCollection.Outcome o = new ReplyCollection.Outcome(List.of(),
                List.of(new ReplyCollection.SourceLine("hop-thu.mbox", null, 12_000, List.of(), List.of(), null)),
                12_000, 0, 0, 0, 12_000, 12_000, 0);

        assertEquals("""
                Đã đọc hop-thu.mbox: 12.000 thư (0 thư bỏ qua vì không đọc được).

                Chỉ liệt kê 0 thư đầu; 12.000 thư sau đó chỉ được tính vào tổng cộng dưới đây (xem từng thư bằng lệnh congvan review list và congvan history).

                Tổng cộng 12.000 thư: 0 thư được ghi mới vào sổ (0 sự kiện mới), 0 thư đã ghi từ lần trước, 12.000 thư cần cán bộ xem, 0 thư bỏ qua.
                Thư cần xem: 12.000 thư (0 thư mới) chờ cán bộ xác nhận; xem bằng lệnh congvan review list.""",
                MailView.collection(o));
    }
}
