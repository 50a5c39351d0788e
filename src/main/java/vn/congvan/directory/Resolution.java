package vn.congvan.directory;

import java.util.List;

import vn.congvan.model.Unit;

/**
 * A list of recipients resolved against the directory.
 *
 * @param units     the distinct units reached, groups expanded, in directory order
 * @param matches   one match per entry, in the order given
 * @param unmatched the entries that matched nothing, as written, for the user to fix
 */
public record Resolution(List<Unit> units, List<Match> matches, List<String> unmatched) {
    public Resolution {
        units = List.copyOf(units);
        matches = List.copyOf(matches);
        unmatched = List.copyOf(unmatched);
    }
}
