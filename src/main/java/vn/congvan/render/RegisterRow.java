package vn.congvan.render;

import java.time.LocalDate;

/**
 * One line of the register "Sổ theo dõi giải quyết văn bản đến" (Decree 30, Phụ lục IV): one unit's
 * handling of one requirement of an incoming document. Any text may be empty; the dates may be null.
 *
 * @param arrivalNumber     Số đến, the register number given on arrival ("125")
 * @param numberSymbol      số, ký hiệu of the incoming document ("6174/UBND-VX")
 * @param documentDate      its date
 * @param issuer            cơ quan ban hành
 * @param excerpt           trích yếu, here with the requirement the row is about
 * @param recipient         đơn vị/người nhận: the unit that must act
 * @param deadline          thời hạn giải quyết
 * @param progress          tiến độ giải quyết ("Đang thực hiện")
 * @param replyNumberSymbol số, ký hiệu of the unit's reply, once there is one
 * @param note              ghi chú
 * @param deadlineTime      the time of day on {@code deadline} ("trước 16 giờ 30"), or null for the end of that day
 */
public record RegisterRow(String arrivalNumber, String numberSymbol, LocalDate documentDate, String issuer,
                          String excerpt, String recipient, LocalDate deadline, String progress,
                          String replyNumberSymbol, String note, java.time.LocalTime deadlineTime) {

    /** A row whose deadline is a day. */
    public RegisterRow(String arrivalNumber, String numberSymbol, LocalDate documentDate, String issuer, String excerpt,
                       String recipient, LocalDate deadline, String progress, String replyNumberSymbol, String note) {
        this(arrivalNumber, numberSymbol, documentDate, issuer, excerpt, recipient, deadline, progress, replyNumberSymbol, note, null);
    }
}
