package vn.congvan.model;

import java.util.List;

/**
 * A unit that can be assigned work: a ward, a commune, a department …
 *
 * @param code    short stable code ("P-DUCTHANG")
 * @param name    full name ("Ủy ban nhân dân phường Đức Thắng")
 * @param kind    what sort of body it is
 * @param aliases other names users write for it ("UBND phường Đức Thắng", "phường Đức Thắng")
 * @param email   official e-mail address
 * @param groups  codes of the groups it belongs to
 */
public record Unit(String code, String name, UnitKind kind, List<String> aliases, String email, List<String> groups) {
    public Unit {
        aliases = List.copyOf(aliases);
        groups = List.copyOf(groups);
    }
}
