package vn.congvan.model;

import java.util.List;

/** A named set of units that a dispatch may address at once ("UBND các phường, xã"). */
public record UnitGroup(String code, String name, List<String> aliases) {
    public UnitGroup {
        aliases = List.copyOf(aliases);
    }
}
