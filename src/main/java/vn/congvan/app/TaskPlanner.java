package vn.congvan.app;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.congvan.directory.Match;
import vn.congvan.directory.MatchKind;
import vn.congvan.directory.OfficeProfile;
import vn.congvan.directory.Resolution;
import vn.congvan.directory.UnitDirectory;
import vn.congvan.model.Assignment;
import vn.congvan.model.Dispatch;
import vn.congvan.model.Recipient;
import vn.congvan.model.Requirement;
import vn.congvan.model.TaskSet;
import vn.congvan.model.Unit;
import vn.congvan.model.UnitRole;

/**
 * Turns a dispatch into its task set: every unit it reaches gets every numbered requirement; a plan's
 * task-table row goes to the units it names as lead (chủ trì) and support (phối hợp) instead, each with
 * its role, and a recurring requirement is one requirement per period ({@link RecurringRequirements}). The
 * office that issues and tracks it is not assigned its own dispatch because a group it belongs to was
 * addressed; only when the dispatch names it on its own.
 */
final class TaskPlanner {
    private final UnitDirectory directory;
    private final OfficeProfile office;

    TaskPlanner(UnitDirectory directory, OfficeProfile office) {
        this.directory = directory;
        this.office = office;
    }

    /**
     * @param defaultDue the deadline for requirements that state none; may be null (no deadline)
     */
    TaskSet plan(Dispatch dispatch, LocalDate defaultDue) {
        RecurringRequirements.Expanded expanded = RecurringRequirements.expand(withAtLeastOneRequirement(dispatch),
                office == null ? OfficeProfile.DEFAULT_RECURRING_MONTHS : office.recurringMonths());
        Dispatch tracked = expanded.dispatch();
        boolean needsRecipients = tracked.requirements().stream().anyMatch(r -> r.lead().isEmpty());
        Resolution reached = directory.resolve(needsRecipients ? recipientEntries(dispatch) : List.of());
        List<Unit> recipients = withoutOwnOffice(reached);
        Map<Unit, List<Assignment>> byUnit = new LinkedHashMap<>();
        List<Match> matches = new ArrayList<>(reached.matches());
        Set<String> unmatched = new LinkedHashSet<>(reached.unmatched());
        for (Requirement r : tracked.requirements()) {
            LocalDate due = r.dueDate().orElse(defaultDue);
            LocalTime time = r.dueDate().isPresent() ? r.dueTimeOfDay().orElse(null) : null;
            if (r.lead().isEmpty()) {
                recipients.forEach(u -> assign(byUnit, u, r, due, time, null));
                continue;
            }
            // A task table names who leads and who supports each row; the recipients' list does not apply.
            Resolution lead = directory.resolve(r.lead());
            Resolution support = directory.resolve(r.support());
            List<Unit> leaders = withoutOwnOffice(lead);
            leaders.forEach(u -> assign(byUnit, u, r, due, time, UnitRole.LEAD));
            withoutOwnOffice(support).stream().filter(u -> !leaders.contains(u))
                    .forEach(u -> assign(byUnit, u, r, due, time, UnitRole.SUPPORT));
            matches.addAll(lead.matches());
            matches.addAll(support.matches());
            unmatched.addAll(lead.unmatched());
            unmatched.addAll(support.unmatched());
        }
        // Units in directory order, each with its requirements in the dispatch's order.
        List<Unit> units = directory.units().stream().filter(byUnit::containsKey).toList();
        List<Assignment> assignments = units.stream().flatMap(u -> byUnit.get(u).stream()).toList();
        List<Recipient> resolved = new ArrayList<>();
        Set<String> entries = new java.util.HashSet<>();
        for (Match m : matches) {
            List<String> codes = m.units().stream().filter(byUnit::containsKey).map(Unit::code).toList();
            if (!codes.isEmpty() && entries.add(m.entry())) {
                resolved.add(new Recipient(m.entry(), m.kind() == MatchKind.GROUP, codes));
            }
        }
        return new TaskSet(tracked, units, assignments, resolved, List.copyOf(unmatched),
                informationRecipients(dispatch), reached.ambiguous(), expanded.series());
    }

    /**
     * The copies for information named in Kính gửi and in Nơi nhận (decision 2). Nơi nhận is read only for
     * these: its other entries are the addressees again, or copies the issuer files.
     */
    private List<String> informationRecipients(Dispatch dispatch) {
        Set<String> entries = new LinkedHashSet<>(directory.resolve(dispatch.document().recipients()).information());
        entries.addAll(directory.resolve(dispatch.document().distribution()).information());
        return List.copyOf(entries);
    }

    /**
     * Kính gửi; a decision or plan has none and goes to its Nơi nhận instead ("Như Điều 3" names the
     * article's units, already there, and "Lưu" reaches no unit; a body told for information, "(b/c)", is
     * not an assignee).
     */
    private static List<String> recipientEntries(Dispatch dispatch) {
        if (!dispatch.document().recipients().isEmpty()) {
            return dispatch.document().recipients();
        }
        return dispatch.document().distribution().stream()
                .filter(e -> !e.matches("(?i).*\\((?:để )?(?:b/c|báo cáo|biết)\\)\\s*$") && !e.matches("(?i)^Như Điều \\d+.*"))
                .toList();
    }

    private static void assign(Map<Unit, List<Assignment>> byUnit, Unit unit, Requirement r, LocalDate due, LocalTime time,
                               UnitRole role) {
        byUnit.computeIfAbsent(unit, k -> new ArrayList<>())
                .add(new Assignment(unit.code(), unit.name(), unit.email(), r.id(), due, time, role));
    }

    /**
     * The units an entry list reaches, without the office itself unless the list names it on its own
     * (a group it belongs to does not make it an assignee of its own dispatch).
     */
    private List<Unit> withoutOwnOffice(Resolution reached) {
        Optional<String> own = officeUnit();
        boolean namedOnItsOwn = own.isPresent() && reached.matches().stream()
                .anyMatch(m -> m.kind() == MatchKind.UNIT && m.units().get(0).code().equals(own.get()));
        return reached.units().stream()
                .filter(u -> namedOnItsOwn || own.isEmpty() || !u.code().equals(own.get())).toList();
    }

    /** The directory's unit for the office itself: the one with the office's address. */
    private Optional<String> officeUnit() {
        if (office == null || office.email() == null) {
            return Optional.empty();
        }
        String address = office.email().strip().toLowerCase(Locale.ROOT);
        return directory.units().stream()
                .filter(u -> u.email() != null && u.email().strip().toLowerCase(Locale.ROOT).equals(address))
                .map(Unit::code).findFirst();
    }

    /**
     * A dispatch without numbered items still asks something of its recipients (at least to act on
     * it and confirm): track that as one requirement, the subject itself.
     */
    static Dispatch withAtLeastOneRequirement(Dispatch dispatch) {
        if (!dispatch.requirements().isEmpty()) {
            return dispatch;
        }
        Requirement whole = new Requirement("1", dispatch.document().subject(), List.of(), List.of());
        return new Dispatch(dispatch.document(), List.of(whole), dispatch.references());
    }
}
