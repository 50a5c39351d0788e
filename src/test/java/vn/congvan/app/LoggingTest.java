package vn.congvan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.LogManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class LoggingTest {
    @TempDir
    Path dir;

    @AfterEach
    void backToTheTestConfiguration() throws Exception {
        LogManager.getLogManager().readConfiguration();
    }

    @Test
    void tenThousandIdenticalPdfboxWarningsLeaveAtMostTheCapAndOneMarkedLine() throws Exception {
        Path file = dir.resolve("congvan.log");
        Logging.install(new Logging.FlushingHandler(new FileOutputStream(file.toFile(), true)));
        Logger pdfbox = LoggerFactory.getLogger("org.apache.pdfbox.pdmodel.font.PDSimpleFont");
        for (int i = 0; i < 10_000; i++) {
            pdfbox.warn("No Unicode mapping for CID+{} in font F1", 7);
        }
        LoggerFactory.getLogger("org.apache.fontbox.ttf.TTFParser").warn("Một cảnh báo khác, bảng '\u001b]0;x\u0007\u0000'");

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> pdfboxLines = lines.stream().filter(l -> l.contains("PDSimpleFont")).toList();
        assertEquals(Logging.SAME_MESSAGE + 1, pdfboxLines.size(), lines.subList(0, 3).toString());
        assertTrue(pdfboxLines.get(0).contains("No Unicode mapping for CID+7 in font F1"), pdfboxLines.get(0));
        assertTrue(pdfboxLines.get(Logging.SAME_MESSAGE).endsWith("(lặp lại, đã lược bớt)"), pdfboxLines.get(Logging.SAME_MESSAGE));
        assertTrue(lines.stream().anyMatch(l -> l.contains("TTFParser - Một cảnh báo khác")), "another logger still speaks");
        assertTrue(lines.stream().noneMatch(l -> l.chars().anyMatch(c -> c < 0x20 && c != '\t')), "bytes a library quotes are cleaned");
    }

    @Test
    void setUpInTheBackgroundIsCompleteWhenAwaitedAndTheNextRecordFindsItsHandler() throws Exception {
        PrintStream terminal = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            LoggingSetUp settingUp = LoggingSetUp.start(true);

            assertNull(settingUp.await(), "with --verbose there is no log file");
            LoggerFactory.getLogger("org.apache.pdfbox.pdmodel.font.PDFont").warn("Một cảnh báo");
            LoggerFactory.getLogger("org.docx4j.jaxb.Context").warn("below the level set for docx4j");
        } finally {
            System.setErr(terminal);
        }
        assertEquals("WARNING org.apache.pdfbox.pdmodel.font.PDFont - Một cảnh báo" + System.lineSeparator(),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void warningsThatDifferOnlyInTheirOffsetAreCappedPerLogger() throws Exception {
        Path file = dir.resolve("congvan.log");
        Logging.install(new Logging.FlushingHandler(new FileOutputStream(file.toFile(), true)));
        Logger parser = LoggerFactory.getLogger("org.apache.pdfbox.pdfparser.BaseParser");
        for (int i = 0; i < 10_000; i++) {
            parser.error("Expected a number at offset {}", i);
        }
        long lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> l.contains("BaseParser")).count();
        assertEquals(Logging.PER_LOGGER + 1, lines);
    }
}
