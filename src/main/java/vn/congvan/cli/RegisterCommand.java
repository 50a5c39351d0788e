package vn.congvan.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.congvan.app.CongvanService;
import vn.congvan.app.RegisterBook;
import vn.congvan.text.VietnameseDates;

/** {@code register list [--year Y] [--series S]} and {@code register export --xlsx FILE}: the outgoing register (sổ văn bản đi). */
@Command(name = "register", subcommands = {RegisterCommand.ListNumbers.class, RegisterCommand.Export.class})
final class RegisterCommand {

    /** Which part of the register. */
    static final class Filter {
        @Option(names = "--year", paramLabel = "NĂM", descriptionKey = "option.registerYear")
        Integer year;

        @Option(names = "--series", paramLabel = "KÝ HIỆU", descriptionKey = "option.series")
        String series;
    }

    @Command(name = "list")
    static final class ListNumbers implements Callable<Integer> {
        @Mixin
        StoreOptions store;

        @Mixin
        Filter filter;

        @Override
        public Integer call() {
            List<RegisterBook.Line> lines;
            try (CongvanService app = store.workspace().open(new ConsoleInteraction())) {
                lines = app.register(filter.year, filter.series);
            }
            if (lines.isEmpty()) {
                System.out.println(CliText.get("register.empty"));
                return 0;
            }
            for (RegisterBook.Line l : lines) {
                String date = l.date() == null ? "" : VietnameseDates.formatShort(l.date());
                System.out.println(CliText.get("register.line", l.entry().numberSymbol(), date, l.excerpt(), l.signer(),
                        l.copies(), l.entry().docId()) + (l.note().isEmpty() ? "" : " — " + l.note()));
            }
            return 0;
        }
    }

    @Command(name = "export")
    static final class Export implements Callable<Integer> {
        @Mixin
        StoreOptions store;

        @Mixin
        Filter filter;

        @Option(names = "--xlsx", required = true, paramLabel = "FILE", descriptionKey = "option.registerXlsx")
        Path file;

        @Override
        public Integer call() {
            try (CongvanService app = store.workspace().open(new ConsoleInteraction())) {
                System.out.println(CliText.get("render.wrote", app.exportRegister(filter.year, filter.series, file)));
            }
            return 0;
        }
    }
}
