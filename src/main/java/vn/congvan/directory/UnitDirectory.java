package vn.congvan.directory;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.congvan.model.InputException;
import vn.congvan.model.Unit;
import vn.congvan.model.UnitGroup;
import vn.congvan.model.UnitKind;
import vn.congvan.text.Messages;

/**
 * The units a dispatch can be sent to and the groups that name several at once, read from
 * {@code units.csv} and {@code groups.csv}; and the matching of written recipients against them.
 *
 * <p>Matching is exact on {@link NameKey keys}: names and aliases are compared without case,
 * diacritics or punctuation, with the usual abbreviations expanded. If nothing matches, a leading
 * title that addresses the head ("Thủ trưởng", "Chủ tịch", "Giám đốc", "Chánh", "Trưởng phòng")
 * is dropped and the rest is tried once more. There is no fuzzy matching: an entry that is not
 * written as the directory knows it is {@link MatchKind#UNMATCHED}, for a person to decide.
 */
public final class UnitDirectory {
    public static final String UNITS_FILE = "units.csv";
    public static final String GROUPS_FILE = "groups.csv";

    private static final Messages MESSAGES = Messages.of(UnitDirectory.class);

    private final List<Unit> units;
    private final List<UnitGroup> groups;
    private final Map<String, Unit> unitsByCode;
    private final Map<String, UnitGroup> groupsByCode;
    private final Map<String, List<Unit>> membersByGroupCode;
    private final Map<String, Unit> unitsByName;
    private final Map<String, UnitGroup> groupsByName;

    UnitDirectory(List<Unit> units, List<UnitGroup> groups,
                  Map<String, Unit> unitsByName, Map<String, UnitGroup> groupsByName) {
        this.units = List.copyOf(units);
        this.groups = List.copyOf(groups);
        this.unitsByCode = units.stream()
                .collect(Collectors.toUnmodifiableMap(u -> DirectoryReader.upper(u.code()), Function.identity()));
        this.groupsByCode = groups.stream()
                .collect(Collectors.toUnmodifiableMap(g -> DirectoryReader.upper(g.code()), Function.identity()));
        this.membersByGroupCode = groups.stream().collect(Collectors.toUnmodifiableMap(UnitGroup::code,
                g -> units.stream().filter(u -> u.groups().contains(g.code())).toList()));
        this.unitsByName = Map.copyOf(unitsByName);
        this.groupsByName = Map.copyOf(groupsByName);
    }

    /**
     * Reads {@code folder/units.csv} and {@code folder/groups.csv}.
     *
     * @throws InputException naming file, line and column of the first bad row
     */
    public static UnitDirectory load(Path folder) {
        return DirectoryReader.read(folder);
    }

    /** Every unit, in the order of units.csv. */
    public List<Unit> units() {
        return units;
    }

    /** Every group, in the order of groups.csv. */
    public List<UnitGroup> groups() {
        return groups;
    }

    /**
     * The units of a group, in directory order.
     *
     * @throws InputException if there is no group with that code
     */
    public List<Unit> members(String groupCode) {
        UnitGroup group = groupsByCode.get(DirectoryReader.upper(groupCode.strip()));
        if (group == null) {
            throw new InputException(MESSAGES.get("group.unknown", groupCode));
        }
        return membersByGroupCode.get(group.code());
    }

    /** A unit by its code (any case), or by its name or an alias as {@link #match} understands them. */
    public Optional<Unit> find(String codeOrName) {
        Unit byCode = unitsByCode.get(DirectoryReader.upper(codeOrName.strip()));
        if (byCode != null) {
            return Optional.of(byCode);
        }
        Match match = match(codeOrName);
        return match.kind() == MatchKind.UNIT ? Optional.of(match.units().get(0)) : Optional.empty();
    }

    /** A group by its code (any case), or by its name or an alias as {@link #match} understands them. */
    public Optional<UnitGroup> findGroup(String codeOrName) {
        UnitGroup byCode = groupsByCode.get(DirectoryReader.upper(codeOrName.strip()));
        if (byCode != null) {
            return Optional.of(byCode);
        }
        Match match = match(codeOrName);
        return match.kind() == MatchKind.GROUP ? Optional.of(match.group()) : Optional.empty();
    }

    /**
     * Understands one entry of Kính gửi or Nơi nhận. Codes are not matched here: entries are what
     * documents say, and a document never writes "P-DUCTHANG".
     */
    public Match match(String entry) {
        String written = NameKey.written(entry);
        if (NameKey.isSameAsRecipients(written)) {
            return Match.without(written, MatchKind.SAME_AS_RECIPIENTS);
        }
        if (NameKey.isArchive(written)) {
            return Match.without(written, MatchKind.ARCHIVE);
        }
        Match found = NameKey.hasTt(written) ? byTtReadings(written) : byWritten(written, written);
        return forInformationIfSo(written, found);
    }

    private Match byWritten(String written, String reading) {
        String key = NameKey.of(reading);
        return byKey(written, key)
                .or(() -> NameKey.withoutHeadTitle(key).flatMap(k -> byKey(written, k)))
                .orElseGet(() -> Match.without(written, MatchKind.UNMATCHED));
    }

    /**
     * "TT" is thị trấn, Thường trực or Trung tâm: each reading is tried, and the entry is what the directory
     * knows under exactly one of them; under several it is {@link MatchKind#AMBIGUOUS}.
     */
    private Match byTtReadings(String written) {
        Map<List<Unit>, Match> found = new java.util.LinkedHashMap<>();
        for (String reading : NameKey.ttReadings(written)) {
            Match m = byWritten(written, reading);
            if (m.kind() != MatchKind.UNMATCHED) {
                found.putIfAbsent(m.units(), m);
            }
        }
        if (found.size() == 1) {
            return found.values().iterator().next();
        }
        // No reading is known: the entry as written still may be (an alias typed with "TT.").
        return found.isEmpty() ? byWritten(written, written) : Match.without(written, MatchKind.AMBIGUOUS);
    }

    /**
     * Leaders and bodies that receive a copy (decision 2): units the directory files as leaders, entries
     * marked "(b/c)" or "(để biết)", and a leader's title naming a body the directory does not assign.
     */
    private static Match forInformationIfSo(String written, Match found) {
        boolean leaders = !found.units().isEmpty() && found.units().stream().allMatch(u -> u.kind() == UnitKind.LEADER);
        boolean forInformation = switch (found.kind()) {
            case UNIT, GROUP -> leaders || NameKey.hasInformationNote(written);
            case UNMATCHED -> NameKey.hasInformationNote(written) || NameKey.opensWithLeaderTitle(written);
            default -> false;
        };
        return forInformation ? found.forInformation() : found;
    }

    private Optional<Match> byKey(String written, String key) {
        Unit unit = unitsByName.get(key);
        if (unit != null) {
            return Optional.of(Match.unit(written, unit));
        }
        UnitGroup group = groupsByName.get(key);
        if (group != null) {
            return Optional.of(Match.group(written, group, membersByGroupCode.get(group.code())));
        }
        return Optional.empty();
    }

    /**
     * Resolves the entries of a Kính gửi (or Nơi nhận) list: the distinct units reached, groups
     * expanded, in directory order; "Như trên", "Lưu" and copies for information add none; unmatched
     * entries are listed.
     */
    public Resolution resolve(List<String> entries) {
        List<Match> matches = entries.stream().map(this::match).toList();
        Set<Unit> reached = new LinkedHashSet<>();
        matches.stream().filter(m -> m.kind() == MatchKind.UNIT || m.kind() == MatchKind.GROUP)
                .forEach(m -> reached.addAll(m.units()));
        List<Unit> inDirectoryOrder = units.stream().filter(reached::contains).toList();
        List<String> unmatched = matches.stream()
                .filter(m -> m.kind() == MatchKind.UNMATCHED).map(Match::entry).toList();
        return new Resolution(inDirectoryOrder, matches, unmatched);
    }
}
