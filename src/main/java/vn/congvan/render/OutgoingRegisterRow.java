package vn.congvan.render;

import java.time.LocalDate;

/**
 * One line of the outgoing register (sổ đăng ký văn bản đi) as offices keep it on paper.
 *
 * @param date   the document's date; null for a number whose document was never written
 * @param copies how many copies went out (số lượng bản); 0 when none
 * @param note   "Đã thu hồi …", "Đã cấp số, chưa có văn bản" …; empty when nothing to say
 */
public record OutgoingRegisterRow(int number, LocalDate date, String numberSymbol, String excerpt, String signer,
                                  String recipients, int copies, String note) {
}
