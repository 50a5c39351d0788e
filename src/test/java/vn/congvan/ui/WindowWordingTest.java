package vn.congvan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import vn.congvan.app.ShellProblem;

/**
 * The window speaks to people who never open a terminal: none of its texts, and none of the problems the
 * app leaves to the shell to word, names a command-line option or the terminal. (The dialogs themselves are
 * checked as they open in {@link MailServerWindowTest}.)
 */
class WindowWordingTest {
    private static final String TERMINAL = "(?s).*((^|[\\s(\"])--[a-z]|dòng lệnh|terminal).*";

    @Test
    void noTextOfTheWindowNamesAnOptionOrTheTerminal() throws IOException {
        Properties ui = new Properties();
        try (Reader r = Files.newBufferedReader(Path.of("src/main/resources/vn/congvan/ui/messages.properties"), StandardCharsets.UTF_8)) {
            ui.load(r);
        }
        List<String> wrong = new ArrayList<>();
        ui.forEach((k, v) -> {
            if (v.toString().toLowerCase().matches(TERMINAL)) {
                wrong.add(k + "=" + v);
            }
        });
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyShellProblemIsWordedForTheWindow() {
        for (ShellProblem.Kind kind : ShellProblem.Kind.values()) {
            String neutral = "neutral";
            String worded = UiText.message(new ShellProblem(kind, neutral, "mail.phanthiet.example", "mail.phanthiet.example",
                    "CONGVAN_MAIL_PASSWORD"));
            assertNotEquals(neutral, worded, kind.name());
            assertEquals(false, worded.toLowerCase().matches(TERMINAL), kind + ": " + worded);
        }
    }
}
