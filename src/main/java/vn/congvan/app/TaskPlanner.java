package vn.congvan.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.congvan.directory.Resolution;
import vn.congvan.directory.UnitDirectory;
import vn.congvan.model.Assignment;
import vn.congvan.model.Dispatch;
import vn.congvan.model.Requirement;
import vn.congvan.model.TaskSet;
import vn.congvan.model.Unit;

/** Turns a dispatch into its task set: every unit it reaches gets every numbered requirement. */
public final class TaskPlanner {
    private final UnitDirectory directory;

    public TaskPlanner(UnitDirectory directory) {
        this.directory = directory;
    }

    /**
     * @param defaultDue the deadline for requirements that state none; may be null (no deadline)
     */
    public TaskSet plan(Dispatch dispatch, LocalDate defaultDue) {
        Dispatch tracked = withAtLeastOneRequirement(dispatch);
        Resolution reached = directory.resolve(dispatch.document().recipients());
        List<Assignment> assignments = new ArrayList<>();
        for (Unit unit : reached.units()) {
            for (Requirement r : tracked.requirements()) {
                LocalDate due = r.dueDate().orElse(defaultDue);
                assignments.add(new Assignment(dispatch.id(), unit.code(), r.id(), due));
            }
        }
        return new TaskSet(tracked, reached.units(), assignments, reached.unmatched());
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
