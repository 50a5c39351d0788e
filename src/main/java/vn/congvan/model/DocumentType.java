package vn.congvan.model;

import java.util.Optional;

/** Kinds of administrative documents (Decree 30, Phụ lục III), with the title as printed and the symbol abbreviation. */
public enum DocumentType {
    CONG_VAN("CÔNG VĂN", null),
    NGHI_QUYET("NGHỊ QUYẾT", "NQ"),
    QUYET_DINH("QUYẾT ĐỊNH", "QĐ"),
    CHI_THI("CHỈ THỊ", "CT"),
    QUY_CHE("QUY CHẾ", "QC"),
    QUY_DINH("QUY ĐỊNH", "QyĐ"),
    THONG_CAO("THÔNG CÁO", "TC"),
    THONG_BAO("THÔNG BÁO", "TB"),
    HUONG_DAN("HƯỚNG DẪN", "HD"),
    CHUONG_TRINH("CHƯƠNG TRÌNH", "CTr"),
    KE_HOACH("KẾ HOẠCH", "KH"),
    PHUONG_AN("PHƯƠNG ÁN", "PA"),
    DE_AN("ĐỀ ÁN", "ĐA"),
    DU_AN("DỰ ÁN", "DA"),
    BAO_CAO("BÁO CÁO", "BC"),
    BIEN_BAN("BIÊN BẢN", "BB"),
    TO_TRINH("TỜ TRÌNH", "TTr"),
    HOP_DONG("HỢP ĐỒNG", "HĐ"),
    CONG_DIEN("CÔNG ĐIỆN", "CĐ"),
    GIAY_MOI("GIẤY MỜI", "GM"),
    GIAY_GIOI_THIEU("GIẤY GIỚI THIỆU", "GGT"),
    GIAY_UY_QUYEN("GIẤY ỦY QUYỀN", "GUQ"),
    PHIEU_GUI("PHIẾU GỬI", "PG"),
    PHIEU_CHUYEN("PHIẾU CHUYỂN", "PC");

    private final String title;
    private final String abbreviation;

    DocumentType(String title, String abbreviation) {
        this.title = title;
        this.abbreviation = abbreviation;
    }

    /** The type name in capitals as it stands above the excerpt, e.g. "BÁO CÁO". */
    public String title() {
        return title;
    }

    /** The abbreviation used in the symbol ("BC" in 12/BC-UBND); null for công văn, which has none. */
    public String abbreviation() {
        return abbreviation;
    }

    /** Finds the type whose printed title equals {@code line} (already NFC, compared in upper case). */
    public static Optional<DocumentType> fromTitle(String line) {
        if (line == null) {
            return Optional.empty();
        }
        String wanted = line.strip().toUpperCase(java.util.Locale.ROOT);
        for (DocumentType t : values()) {
            if (t.title.equals(wanted)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
