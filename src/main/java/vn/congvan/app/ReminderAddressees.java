package vn.congvan.app;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.congvan.directory.UnitDirectory;
import vn.congvan.model.Recipient;
import vn.congvan.model.Unit;
import vn.congvan.model.UnitGroup;
import vn.congvan.model.UnitStatus;
import vn.congvan.render.RecipientBlock;
import vn.congvan.text.Messages;
import vn.congvan.text.VietnameseText;

/**
 * "Kính gửi" of a reminder, written as a văn thư writes it from the unit directory's groups:
 * <ul>
 * <li>a group by its name when every unit of it that the dispatch reached is late ("Các cơ quan, đơn
 * vị thuộc UBND thành phố"); a group counts as reached when all its members were assigned, or when
 * one of the dispatch's own "Kính gửi" entries reached exactly those of its members that were;</li>
 * <li>part of a group named "X các K" compactly, by what follows K in each unit's name ("UBND các
 * phường: Phú Trinh, Phú Tài");</li>
 * <li>any other unit by its name as it was assigned;</li>
 * <li>and when that still takes more than {@link #MOST_LINES} printed lines, "Các đơn vị có tên tại
 * danh sách kèm theo", with the units listed in an appendix.</li>
 * </ul>
 */
final class ReminderAddressees {
    /** Longer than this, "Kính gửi" would fill the first page: the units go to an appendix. */
    static final int MOST_LINES = 8;
    private static final Messages MSG = Messages.of(ReminderAddressees.class);
    /** "UBND các phường" → "UBND", "phường". */
    private static final Pattern KIND_GROUP = Pattern.compile("^(.*\\S)\\s+các\\s+(\\S+)$");

    /**
     * @param entries  the "Kính gửi" entries
     * @param listed   the late units by name when they go to an appendix, else empty
     */
    record Addressees(List<String> entries, List<String> listed) {
        Addressees {
            entries = List.copyOf(entries);
            listed = List.copyOf(listed);
        }

        boolean inAppendix() {
            return !listed.isEmpty();
        }
    }

    private final UnitDirectory directory;

    ReminderAddressees(UnitDirectory directory) {
        this.directory = directory;
    }

    /**
     * @param recipients the dispatch's "Kính gửi" entries as resolved at import
     * @param assigned   every unit the dispatch was assigned to
     * @param late       the late or silent units, in the ledger's order
     */
    Addressees of(List<Recipient> recipients, List<UnitStatus> assigned, List<UnitStatus> late) {
        List<String> entries = compact(recipients, assigned, late);
        if (RecipientBlock.lines(entries) <= MOST_LINES) {
            return new Addressees(entries, List.of());
        }
        return new Addressees(List.of(MSG.get("reminder.listedInAppendix")), late.stream().map(UnitStatus::unitName).toList());
    }

    /** An entry and the position of its first unit in the late list, which orders the entries. */
    private record Entry(String text, int first) {
    }

    private List<String> compact(List<Recipient> recipients, List<UnitStatus> assigned, List<UnitStatus> late) {
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < late.size(); i++) {
            order.put(late.get(i).unitCode(), i);
        }
        Set<String> assignedCodes = new HashSet<>();
        assigned.forEach(u -> assignedCodes.add(u.unitCode()));
        Set<String> remaining = new LinkedHashSet<>(order.keySet());
        List<Entry> entries = new ArrayList<>();

        // Whole groups, the largest first, so that "UBND các phường, xã" wins over "UBND các phường".
        List<UnitGroup> groups = new ArrayList<>(directory.groups());
        groups.sort(Comparator.comparingInt((UnitGroup g) -> reached(g, assignedCodes).size()).reversed());
        for (UnitGroup g : groups) {
            Set<String> reached = reached(g, assignedCodes);
            if (reached.size() >= 2 && remaining.containsAll(reached) && wholeAddressed(g, reached, assignedCodes, recipients)) {
                entries.add(new Entry(g.name(), first(reached, order)));
                remaining.removeAll(reached);
            }
        }

        // Parts of "X các K" groups, the group with most late units first.
        Map<String, String> shortNames = new HashMap<>();
        late.forEach(u -> shortNames.put(u.unitCode(), u.unitName()));
        while (true) {
            UnitGroup best = null;
            List<String> bestNames = List.of();
            List<String> bestCodes = List.of();
            for (UnitGroup g : directory.groups()) {
                Matcher m = KIND_GROUP.matcher(VietnameseText.oneLine(g.name()));
                if (!m.matches()) {
                    continue;
                }
                List<String> names = new ArrayList<>();
                List<String> codes = new ArrayList<>();
                for (Unit member : directory.members(g.code())) {
                    if (remaining.contains(member.code())) {
                        String name = after(shortNames.get(member.code()), m.group(2));
                        if (name != null) {
                            names.add(name);
                            codes.add(member.code());
                        }
                    }
                }
                if (codes.size() >= 2 && codes.size() > bestCodes.size()) {
                    best = g;
                    bestNames = names;
                    bestCodes = codes;
                }
            }
            if (best == null) {
                break;
            }
            List<String> inOrder = new ArrayList<>(bestCodes);
            inOrder.sort(Comparator.comparingInt(order::get));
            List<String> names = new ArrayList<>();
            for (String code : inOrder) {
                names.add(bestNames.get(bestCodes.indexOf(code)));
            }
            entries.add(new Entry(VietnameseText.oneLine(best.name()) + ": " + String.join(", ", names), first(inOrder, order)));
            remaining.removeAll(bestCodes);
        }

        for (UnitStatus u : late) {
            if (remaining.contains(u.unitCode())) {
                entries.add(new Entry(u.unitName(), order.get(u.unitCode())));
            }
        }
        entries.sort(Comparator.comparingInt(Entry::first));
        return entries.stream().map(Entry::text).toList();
    }

    /** The members of {@code g} the dispatch was assigned to. */
    private Set<String> reached(UnitGroup g, Set<String> assignedCodes) {
        Set<String> out = new LinkedHashSet<>();
        for (Unit u : directory.members(g.code())) {
            if (assignedCodes.contains(u.code())) {
                out.add(u.code());
            }
        }
        return out;
    }

    /**
     * Whether naming {@code g} addresses exactly the units reached: all its members were assigned, or
     * the dispatch itself named a group that reached just these (the import left out, say, the issuing
     * office, which the group's name does not mean to include).
     */
    private boolean wholeAddressed(UnitGroup g, Set<String> reached, Set<String> assignedCodes, List<Recipient> recipients) {
        if (directory.members(g.code()).stream().allMatch(u -> assignedCodes.contains(u.code()))) {
            return true;
        }
        return recipients.stream().anyMatch(r -> r.group() && new HashSet<>(r.unitCodes()).equals(reached));
    }

    private static int first(Iterable<String> codes, Map<String, Integer> order) {
        int first = Integer.MAX_VALUE;
        for (String code : codes) {
            first = Math.min(first, order.getOrDefault(code, Integer.MAX_VALUE));
        }
        return first;
    }

    /**
     * What follows the word {@code kind} in {@code name}, compared without diacritics and case:
     * "Ủy ban nhân dân phường Phú Trinh" after "phường" is "Phú Trinh"; null when the word is not there.
     */
    static String after(String name, String kind) {
        if (name == null) {
            return null;
        }
        String[] words = VietnameseText.oneLine(name).split(" ");
        String wanted = VietnameseText.fold(kind);
        for (int i = 0; i < words.length - 1; i++) {
            if (VietnameseText.fold(words[i]).equals(wanted)) {
                return String.join(" ", java.util.Arrays.copyOfRange(words, i + 1, words.length));
            }
        }
        return null;
    }
}
