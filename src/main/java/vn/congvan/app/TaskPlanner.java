package vn.congvan.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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

/**
 * Turns a dispatch into its task set: every unit it reaches gets every numbered requirement. The
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
        Dispatch tracked = withAtLeastOneRequirement(dispatch);
        Resolution reached = directory.resolve(dispatch.document().recipients());
        Optional<String> own = officeUnit();
        boolean namedOnItsOwn = own.isPresent() && reached.matches().stream()
                .anyMatch(m -> m.kind() == MatchKind.UNIT && m.units().get(0).code().equals(own.get()));
        List<Unit> units = reached.units().stream()
                .filter(u -> namedOnItsOwn || own.isEmpty() || !u.code().equals(own.get())).toList();
        List<Assignment> assignments = new ArrayList<>();
        for (Unit unit : units) {
            for (Requirement r : tracked.requirements()) {
                LocalDate due = r.dueDate().orElse(defaultDue);
                assignments.add(new Assignment(unit.code(), unit.name(), unit.email(), r.id(), due));
            }
        }
        List<Recipient> recipients = new ArrayList<>();
        for (Match m : reached.matches()) {
            List<String> codes = m.units().stream().map(Unit::code).filter(c -> units.stream().anyMatch(u -> u.code().equals(c))).toList();
            if (!codes.isEmpty()) {
                recipients.add(new Recipient(m.entry(), m.kind() == MatchKind.GROUP, codes));
            }
        }
        return new TaskSet(tracked, units, assignments, recipients, reached.unmatched(),
                informationRecipients(dispatch, reached), reached.ambiguous());
    }

    /**
     * The copies for information named in Kính gửi and in Nơi nhận (decision 2). Nơi nhận is read only for
     * these: its other entries are the addressees again, or copies the issuer files.
     */
    private List<String> informationRecipients(Dispatch dispatch, Resolution reached) {
        java.util.LinkedHashSet<String> entries = new java.util.LinkedHashSet<>(reached.information());
        entries.addAll(directory.resolve(dispatch.document().distribution()).information());
        return List.copyOf(entries);
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
