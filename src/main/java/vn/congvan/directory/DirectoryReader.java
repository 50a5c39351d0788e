package vn.congvan.directory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import vn.congvan.model.InputException;
import vn.congvan.model.Unit;
import vn.congvan.model.UnitGroup;
import vn.congvan.model.UnitKind;

/** Reads and checks groups.csv and units.csv; whatever is wrong is named by file, line and column. */
final class DirectoryReader {
    static final List<String> GROUP_COLUMNS = List.of("code", "name", "aliases");
    static final List<String> UNIT_COLUMNS = List.of("code", "name", "kind", "aliases", "email", "groups");

    // Codes appear in file names, command lines and the ledger: plain ASCII only.
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");
    static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+");

    private final Map<String, UnitGroup> groups = new LinkedHashMap<>();
    private final Map<String, CsvSheet.Row> groupRows = new HashMap<>();
    private final Map<String, Unit> units = new LinkedHashMap<>();
    private final Map<String, CsvSheet.Row> unitRows = new HashMap<>();
    private final Map<String, Name> names = new HashMap<>();
    private final Map<String, Unit> unitsByName = new HashMap<>();
    private final Map<String, UnitGroup> groupsByName = new HashMap<>();

    /** Where a name was written, and what it names, to explain a clash. */
    private record Name(String owner, Path file, long line, String written) {
    }

    private DirectoryReader() {
    }

    static UnitDirectory read(Path folder) {
        DirectoryReader reader = new DirectoryReader();
        Path groupsFile = folder.resolve(UnitDirectory.GROUPS_FILE);
        Path unitsFile = folder.resolve(UnitDirectory.UNITS_FILE);
        CsvSheet.read(groupsFile, GROUP_COLUMNS).forEach(reader::group);
        CsvSheet.read(unitsFile, UNIT_COLUMNS).forEach(reader::unit);
        reader.checkEveryGroupHasMembers(unitsFile);
        return new UnitDirectory(List.copyOf(reader.units.values()), List.copyOf(reader.groups.values()),
                reader.unitsByName, reader.groupsByName);
    }

    private void group(CsvSheet.Row row) {
        String code = code(row, groupRows);
        UnitGroup group = new UnitGroup(code, row.required("name"), row.list("aliases"));
        groups.put(upper(code), group);
        groupRows.put(upper(code), row);
        String owner = CsvSheet.MESSAGES.get("owner.group", code);
        name(row, "name", group.name(), owner, key -> groupsByName.put(key, group));
        for (String alias : group.aliases()) {
            name(row, "aliases", alias, owner, key -> groupsByName.put(key, group));
        }
    }

    private void unit(CsvSheet.Row row) {
        String code = code(row, unitRows);
        String name = row.required("name");
        UnitKind kind = kind(row);
        List<String> aliases = row.list("aliases");
        String email = row.required("email");
        if (!EMAIL.matcher(email).matches()) {
            throw row.error("email", "unit.badEmail", email);
        }
        List<String> memberOf = new ArrayList<>();
        for (String groupCode : row.list("groups")) {
            UnitGroup group = groups.get(upper(groupCode));
            if (group == null) {
                throw row.error("groups", "unit.unknownGroup", groupCode);
            }
            if (!memberOf.contains(group.code())) {
                memberOf.add(group.code());
            }
        }
        Unit unit = new Unit(code, name, kind, aliases, email, memberOf);
        units.put(upper(code), unit);
        unitRows.put(upper(code), row);
        String owner = CsvSheet.MESSAGES.get("owner.unit", code);
        name(row, "name", name, owner, key -> unitsByName.put(key, unit));
        for (String alias : aliases) {
            name(row, "aliases", alias, owner, key -> unitsByName.put(key, unit));
        }
    }

    private static String code(CsvSheet.Row row, Map<String, CsvSheet.Row> seen) {
        String code = row.required("code");
        if (!CODE.matcher(code).matches()) {
            throw row.error("code", "row.badCode", code);
        }
        CsvSheet.Row earlier = seen.get(upper(code));
        if (earlier != null) {
            throw row.error("code", "row.duplicateCode", code, CsvSheet.lineText(earlier.line()));
        }
        return code;
    }

    private static UnitKind kind(CsvSheet.Row row) {
        String written = row.required("kind");
        try {
            return UnitKind.valueOf(written.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(UnitKind.values())
                    .map(k -> k.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
            throw row.error("kind", "unit.unknownKind", written, allowed);
        }
    }

    /**
     * Registers a name or alias. One key must lead to one unit or one group: if two bodies shared a
     * name, a dispatch could assign work to the wrong one, so the clash is an error here.
     */
    private void name(CsvSheet.Row row, String column, String written, String owner,
                      Consumer<String> register) {
        String key = NameKey.of(written);
        if (key.isEmpty()) {
            throw row.error(column, "row.emptyName", written);
        }
        Name earlier = names.get(key);
        if (earlier != null && !earlier.owner().equals(owner)) {
            throw row.error(column, "row.nameClash", written, earlier.written(), earlier.owner(),
                    earlier.file(), CsvSheet.lineText(earlier.line()));
        }
        if (earlier == null) {
            names.put(key, new Name(owner, row.file(), row.line(), written));
            register.accept(key);
        }
    }

    private void checkEveryGroupHasMembers(Path unitsFile) {
        for (Map.Entry<String, UnitGroup> entry : groups.entrySet()) {
            String code = entry.getValue().code();
            boolean used = units.values().stream().anyMatch(u -> u.groups().contains(code));
            if (!used) {
                throw groupRows.get(entry.getKey()).error("code", "group.empty", code, unitsFile);
            }
        }
    }

    static String upper(String code) {
        return code.toUpperCase(Locale.ROOT);
    }
}
