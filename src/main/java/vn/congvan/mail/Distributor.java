package vn.congvan.mail;

import vn.congvan.model.Assignment;
import vn.congvan.model.Dispatch;
import vn.congvan.model.InputException;
import vn.congvan.model.TaskSet;
import vn.congvan.model.Unit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Sends a dispatch to the given units, one mail each, and goes on after a unit fails. Which units to
 * send to (and not twice) is the caller's decision; this class only reports what happened to each.
 */
public final class Distributor {
    private final DispatchMailComposer composer;
    private final MailTransport transport;

    public Distributor(DispatchMailComposer composer, MailTransport transport) {
        this.composer = composer;
        this.transport = transport;
    }

    /** Sends to {@code units} (all or some of the task set's); see {@link #distribute(Dispatch, List, List, List, Consumer)}. */
    public List<SendResult> distribute(TaskSet taskSet, List<Unit> units, List<Attachment> attachments, Consumer<SendResult> afterEach) {
        return distribute(taskSet.dispatch(), taskSet.assignments(), units, attachments, afterEach);
    }

    public List<SendResult> distribute(TaskSet taskSet, List<Unit> units, List<Attachment> attachments) {
        return distribute(taskSet, units, attachments, r -> { });
    }

    /**
     * Composes and sends one mail per unit, in the order given.
     *
     * @param afterEach called right after each unit, so the caller can record SENT / SEND_FAILED at
     *                  once and a crash in the middle loses nothing
     * @return one result per unit, in the same order
     */
    public List<SendResult> distribute(Dispatch dispatch, List<Assignment> assignments, List<Unit> units,
                                       List<Attachment> attachments, Consumer<SendResult> afterEach) {
        List<SendResult> results = new ArrayList<>();
        for (Unit unit : units) {
            SendResult result = sendOne(dispatch, assignments, unit, attachments);
            results.add(result);
            afterEach.accept(result);
        }
        return results;
    }

    private SendResult sendOne(Dispatch dispatch, List<Assignment> assignments, Unit unit, List<Attachment> attachments) {
        ComposedMail mail;
        try {
            mail = composer.compose(dispatch, unit, assignments, attachments);
        } catch (InputException e) {
            return SendResult.failed(unit.code(), unit.email(), null, e.getMessage());
        }
        try {
            transport.send(mail.message());
            return SendResult.sent(mail);
        } catch (MailException e) {
            return SendResult.failed(mail.unitCode(), mail.email(), mail.messageId(), e.getMessage());
        }
    }
}
