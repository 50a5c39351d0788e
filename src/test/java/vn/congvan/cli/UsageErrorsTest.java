package vn.congvan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Mistakes on the command line are told in Vietnamese, with exit code 2, for every command. */
class UsageErrorsTest {

    @Test
    void missingUnknownAndInvalidArgumentsAreToldInVietnamese() {
        CliRun missing = CliRun.of("import");
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().startsWith("Lỗi: Thiếu tham số: FILE."), missing.err());
        assertTrue(missing.err().contains("congvan import --help"));

        CliRun typo = CliRun.of("imprt");
        assertEquals(2, typo.exitCode());
        assertTrue(typo.err().contains("Không hiểu lệnh hoặc tùy chọn: imprt"), typo.err());
        assertTrue(typo.err().contains("import"), "suggests the command meant");

        CliRun badDate = CliRun.of("status", "6174", "--today", "30/02/2019");
        assertEquals(2, badDate.exitCode());
        assertTrue(badDate.err().contains("Ngày \"30/02/2019\" không hợp lệ"), badDate.err());

        CliRun badYear = CliRun.of("status", "6174", "--year", "hai nghìn");
        assertEquals(2, badYear.exitCode());
        assertTrue(badYear.err().startsWith("Lỗi: Giá trị không hợp lệ cho --year: \"hai nghìn\"."), badYear.err());

        CliRun badState = CliRun.of("list", "--state", "xong");
        assertEquals(2, badState.exitCode());
        assertTrue(badState.err().startsWith("Lỗi: Giá trị không hợp lệ cho --state: \"xong\"; dùng một trong: overdue, open, done, unassigned."),
                badState.err());

        for (CliRun run : new CliRun[] {missing, typo, badDate, badYear, badState}) {
            assertTrue(!run.err().contains("Missing") && !run.err().contains("Unmatched") && !run.err().contains("Invalid"),
                    "no English from the parser: " + run.err());
        }
    }

    @Test
    void everyCommandHasVietnameseHelp() {
        for (String command : new String[] {"parse", "units", "import", "status", "ack", "mark", "render", "report", "check", "distribute", "collect", "mail",
                "list", "overdue", "history", "demo"}) {
            CliRun help = CliRun.of(command, "--help");
            assertEquals(0, help.exitCode(), command);
            assertTrue(help.out().startsWith("Cách dùng: congvan " + command), help.out());
            String description = help.out().lines().skip(1).dropWhile(l -> l.startsWith(" ")).findFirst().orElse("");
            assertTrue(!description.isBlank() && description.matches(".*[àáảãạăâđêôơưếốớứ].*"),
                    command + " has a Vietnamese description: " + description);
        }
    }
}
