package vn.congvan.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import vn.congvan.directory.UnitDirectory;
import vn.congvan.model.Unit;
import vn.congvan.model.UnitGroup;

/** {@code units}: the unit directory, groups with their members. */
@Command(name = "units")
final class UnitsCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        UnitDirectory directory = store.workspace().loadDirectory();
        System.out.println(CliText.get("units.heading", directory.units().size(), store.workspace().directoryFolder()));
        for (Unit u : directory.units()) {
            System.out.printf("  %-22s %-55s %s%n", u.code(), u.name(), u.email());
        }
        System.out.println();
        System.out.println(CliText.get("units.groups"));
        for (UnitGroup g : directory.groups()) {
            System.out.printf("  %-22s %s (%d)%n", g.code(), g.name(), directory.members(g.code()).size());
        }
        return 0;
    }
}
