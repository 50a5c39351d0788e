package vn.congvan.directory;

import java.util.List;

import vn.congvan.model.Unit;
import vn.congvan.model.UnitGroup;

/**
 * How one entry of Kính gửi or Nơi nhận was understood.
 *
 * @param entry the entry as written (NFC, one line)
 * @param kind  what it is
 * @param group the group for {@link MatchKind#GROUP}, else {@code null}
 * @param units the unit for {@link MatchKind#UNIT}, the group's members for {@link MatchKind#GROUP},
 *              else empty
 */
public record Match(String entry, MatchKind kind, UnitGroup group, List<Unit> units) {
    public Match {
        units = List.copyOf(units);
    }

    static Match unit(String entry, Unit unit) {
        return new Match(entry, MatchKind.UNIT, null, List.of(unit));
    }

    static Match group(String entry, UnitGroup group, List<Unit> members) {
        return new Match(entry, MatchKind.GROUP, group, members);
    }

    /** The same entry and units, read as a copy for information. */
    Match forInformation() {
        return new Match(entry, MatchKind.INFORMATION, group, units);
    }

    static Match without(String entry, MatchKind kind) {
        return new Match(entry, kind, null, List.of());
    }
}
