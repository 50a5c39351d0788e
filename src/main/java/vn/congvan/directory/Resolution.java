package vn.congvan.directory;

import java.util.List;

import vn.congvan.model.Unit;

/**
 * A list of recipients resolved against the directory.
 *
 * @param units     the distinct units reached, groups expanded, in directory order (not those of entries
 *                  for information)
 * @param matches   one match per entry, in the order given
 * @param unmatched the entries that matched nothing, as written, for the user to fix
 */
public record Resolution(List<Unit> units, List<Match> matches, List<String> unmatched) {
    public Resolution {
        units = List.copyOf(units);
        matches = List.copyOf(matches);
        unmatched = List.copyOf(unmatched);
    }

    /** The entries that receive a copy for information, as written. */
    public List<String> information() {
        return entries(MatchKind.INFORMATION);
    }

    /** The "TT …" entries that name more than one unit, as written. */
    public List<String> ambiguous() {
        return entries(MatchKind.AMBIGUOUS);
    }

    private List<String> entries(MatchKind kind) {
        return matches.stream().filter(m -> m.kind() == kind).map(Match::entry).toList();
    }
}
