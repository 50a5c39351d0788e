package vn.congvan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/**
 * A command line that starts with a command's name registers that command alone (a faster start); it
 * must read and explain that command exactly as the full command line does.
 */
class OneCommandLineTest {

    @Test
    void eachCommandAloneHasTheOptionsAndHelpItHasAmongAllTheOthers() {
        Map<String, CommandLine> all = Main.commandLine().getSubcommands();
        assertTrue(all.size() >= 30, all.keySet().toString());
        for (Map.Entry<String, CommandLine> e : all.entrySet()) {
            CommandLine alone = Main.commandLine(new String[] {e.getKey(), "--help"});

            assertEquals(List.of(e.getKey()), List.copyOf(alone.getSubcommands().keySet()));
            assertSameCommand(e.getValue(), alone.getSubcommands().get(e.getKey()));
        }
    }

    @Test
    void eachCommandIsNamedAfterItsClass() {
        Main.commandLine().getSubcommands().forEach((name, cl) ->
                assertEquals(name, Main.name(cl.getCommandSpec().userObject().getClass())));
        assertEquals("sign-pdf", Main.name(SignPdfCommand.class));
        assertEquals("distribute-doc", Main.name(DistributeDocCommand.class));
    }

    @Test
    void withoutACommandFirstEveryCommandIsKnown() {
        CliRun help = CliRun.of("--help");
        assertEquals(0, help.exitCode());
        for (String name : Main.commandLine().getSubcommands().keySet()) {
            assertTrue(help.out().contains("  " + name + " "), name + " in\n" + help.out());
        }

        CliRun typo = CliRun.of("--verbose", "sttus");
        assertEquals(2, typo.exitCode());
        assertTrue(typo.err().contains("Không hiểu lệnh hoặc tùy chọn: sttus"), typo.err());
        assertTrue(typo.err().contains("status"), "suggests the command meant: " + typo.err());
    }

    /**
     * The launcher tells picocli not to register its converters of {@code java.time} and {@code java.sql} types
     * ({@code vn.congvan.Launcher}): an option of such a type must bring its own, as the dates do.
     */
    @Test
    void everyOptionOfATimeOrSqlTypeHasItsOwnConverter() {
        List<String> checked = new java.util.ArrayList<>();
        assertOwnConverters(Main.commandLine(), checked);
        assertTrue(checked.contains("status --today"), checked.toString());
        assertTrue(checked.contains("mail archive --before"), checked.toString());
    }

    private static void assertOwnConverters(CommandLine cl, List<String> checked) {
        for (CommandLine.Model.ArgSpec arg : cl.getCommandSpec().args()) {
            Class<?> type = arg.type();
            String pkg = type.getPackageName();
            if (pkg.equals("java.time") || pkg.equals("java.sql")) {
                String name = cl.getCommandSpec().qualifiedName(" ").replaceFirst("^congvan ", "") + " "
                        + (arg.isOption() ? ((CommandLine.Model.OptionSpec) arg).longestName() : arg.paramLabel());
                assertTrue(arg.converters().length > 0, name + " (" + type.getName() + ") has no converter of its own");
                checked.add(name);
            }
        }
        cl.getSubcommands().values().forEach(sub -> assertOwnConverters(sub, checked));
    }

    private static void assertSameCommand(CommandLine expected, CommandLine actual) {
        String name = expected.getCommandSpec().qualifiedName();
        assertEquals(expected.getUsageMessage(CommandLine.Help.Ansi.OFF), actual.getUsageMessage(CommandLine.Help.Ansi.OFF), name);
        assertEquals(expected.getCommandSpec().options().stream().map(o -> o.longestName()).toList(),
                actual.getCommandSpec().options().stream().map(o -> o.longestName()).toList(), name);
        assertEquals(expected.getSubcommands().keySet(), actual.getSubcommands().keySet(), name);
        expected.getSubcommands().forEach((sub, cl) -> assertSameCommand(cl, actual.getSubcommands().get(sub)));
    }
}
