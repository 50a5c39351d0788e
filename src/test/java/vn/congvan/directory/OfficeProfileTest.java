package vn.congvan.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.congvan.model.InputException;

/** The office's sending identity beside the unit directory; every mistake in it named by file and key. */
class OfficeProfileTest {
    @TempDir
    Path folder;

    @Test
    void theSampleOfficeLoads() {
        OfficeProfile office = OfficeProfile.load(Path.of("samples", "directory"));
        assertEquals("Văn phòng HĐND và UBND thành phố Phan Thiết", office.name());
        assertEquals("vanphong@phanthiet.example", office.email());
        assertEquals(Set.of("phanthiet.example"), office.domains());
    }

    @Test
    void severalDomainsAndAnotherSenderAddress() throws IOException {
        write("name=Văn phòng UBND phường Đức Thắng\nemail=ducthang@phanthiet.example\ndomains=phanthiet.example, Binhthuan.example\n");
        OfficeProfile office = OfficeProfile.load(folder);
        assertEquals(Set.of("phanthiet.example", "binhthuan.example"), office.domains());
        assertEquals("vanthu@phanthiet.example", office.withEmail("vanthu@phanthiet.example", "--from").email());
        InputException bad = assertThrows(InputException.class, () -> office.withEmail("vanthu", "--from"));
        assertEquals("Địa chỉ thư điện tử ở --from không hợp lệ: \"vanthu\".", bad.getMessage());
    }

    @Test
    void aMissingFileSaysWhichFileAndWhatGoesInIt() {
        InputException e = assertThrows(InputException.class, () -> OfficeProfile.load(folder));
        assertTrue(e.getMessage().startsWith("Không tìm thấy tệp " + folder.resolve("office.properties")), e.getMessage());
        assertTrue(e.getMessage().contains("name, email, domains"), e.getMessage());
    }

    @Test
    void aMissingOrWrongKeyIsNamed() throws IOException {
        Path file = folder.resolve("office.properties");
        write("name=Văn phòng\ndomains=phanthiet.example\n");
        InputException noEmail = assertThrows(InputException.class, () -> OfficeProfile.load(folder));
        assertTrue(noEmail.getMessage().startsWith("Tệp " + file + ": thiếu khóa \"email\""), noEmail.getMessage());

        write("name=Văn phòng\nemail=vanphong@@phanthiet.example\ndomains=phanthiet.example\n");
        InputException badEmail = assertThrows(InputException.class, () -> OfficeProfile.load(folder));
        assertEquals("Địa chỉ thư điện tử ở tệp " + file + ", khóa \"email\" không hợp lệ: \"vanphong@@phanthiet.example\".",
                badEmail.getMessage());

        write("name=Văn phòng\nemail=vanphong@phanthiet.example\ndomains=phan thiet\n");
        InputException badDomain = assertThrows(InputException.class, () -> OfficeProfile.load(folder));
        assertEquals("Tệp " + file + ", khóa \"domains\": tên miền \"phan\" không hợp lệ.", badDomain.getMessage());
    }

    @Test
    void aFileInAnotherCodePageIsRefused() throws IOException {
        Files.write(folder.resolve("office.properties"), "name=V\u0103n ph\u00f2ng\nemail=a@b.example\ndomains=b.example\n"
                .getBytes(java.nio.charset.Charset.forName("windows-1258")));
        InputException e = assertThrows(InputException.class, () -> OfficeProfile.load(folder));
        assertTrue(e.getMessage().contains("không phải văn bản UTF-8"), e.getMessage());
    }

    private void write(String text) throws IOException {
        Files.writeString(folder.resolve("office.properties"), text, StandardCharsets.UTF_8);
    }
}
