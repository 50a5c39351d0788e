package vn.congvan.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names of bodies written inside a sentence keep the capitals of their proper parts (decision 4). */
class OfficeNamesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "ỦY BAN NHÂN DÂN THÀNH PHỐ PHAN THIẾT|Ủy ban nhân dân thành phố Phan Thiết",
            "SỞ THÔNG TIN VÀ TRUYỀN THÔNG|Sở Thông tin và Truyền thông",
            "SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH HẢI LÂM|Sở Thông tin và Truyền thông tỉnh Hải Lâm",
            "PHÒNG VĂN HÓA VÀ THÔNG TIN|Phòng Văn hóa và Thông tin",
            "PHÒNG LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI HUYỆN TÂN PHONG|Phòng Lao động - Thương binh và Xã hội huyện Tân Phong",
            "VĂN PHÒNG HĐND VÀ UBND THÀNH PHỐ PHAN THIẾT|Văn phòng HĐND và UBND thành phố Phan Thiết",
            "VĂN PHÒNG TỈNH ỦY|Văn phòng Tỉnh ủy",
            "TRUNG TÂM VĂN HÓA, THÔNG TIN VÀ THỂ THAO HUYỆN TÂN PHONG|Trung tâm Văn hóa, Thông tin và Thể thao huyện Tân Phong",
            "SỞ Y TẾ|Sở Y tế",
            "BAN QUẢN LÝ CHỢ PHAN THIẾT|Ban quản lý chợ phan thiết"})
    void properPartsKeepTheirCapitals(String caps, String inSentence) {
        assertEquals(inSentence, OfficeNames.inSentence(caps));
    }
}
