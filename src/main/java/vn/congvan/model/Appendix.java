package vn.congvan.model;

import java.util.List;

/**
 * What a document sends along on pages of its own after the signature block: the list of units a
 * reminder is addressed to when "Kính gửi" names them only as "Các đơn vị có tên tại danh sách kèm theo".
 *
 * @param title    the centred title in capitals ("DANH SÁCH CÁC ĐƠN VỊ …")
 * @param note     the centred italic line under it ("(Kèm theo Công văn số …)"), or blank
 * @param body     paragraphs and tables, as in the document's body
 */
public record Appendix(String title, String note, List<Block> body) {
    public Appendix {
        body = List.copyOf(body);
    }
}
