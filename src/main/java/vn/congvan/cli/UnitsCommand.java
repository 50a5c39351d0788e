package vn.congvan.cli;

import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import vn.congvan.app.CongvanService;
import vn.congvan.model.Unit;
import vn.congvan.model.UnitGroup;

/** {@code units}: the unit directory, groups with their members. */
@Command(name = "units")
final class UnitsCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        CongvanService.DirectoryView directory;
        try (CongvanService app = store.workspace().open(new ConsoleInteraction())) {
            directory = app.units();
        }
        System.out.println(CliText.get("units.heading", directory.units().size(), directory.folder()));
        for (Unit u : directory.units()) {
            System.out.printf("  %-22s %-55s %s%n", u.code(), u.name(), u.email());
        }
        System.out.println();
        System.out.println(CliText.get("units.groups"));
        for (Map.Entry<UnitGroup, Integer> g : directory.groups().entrySet()) {
            System.out.printf("  %-22s %s (%d)%n", g.getKey().code(), g.getKey().name(), g.getValue());
        }
        return 0;
    }
}
