package vn.congvan.app;

import java.util.List;

import vn.congvan.model.InputException;
import vn.congvan.model.TrackedDispatch;
import vn.congvan.text.Messages;
import vn.congvan.tracking.Ledger;

/** Finds a dispatch in the ledger the way a clerk names it: "6174/UBND-VX", "6174 /UBND-VX" or just "6174". */
public final class DispatchLookup {
    private static final Messages MSG = Messages.of(DispatchLookup.class);

    private DispatchLookup() {
    }

    public static TrackedDispatch find(Ledger ledger, String written) {
        String id = written.replaceAll("[\\s\\u00A0]+", "");
        var exact = ledger.dispatch(id);
        if (exact.isPresent()) {
            return exact.get();
        }
        List<TrackedDispatch> all = ledger.dispatches();
        List<TrackedDispatch> byNumber = all.stream()
                .filter(d -> d.id().equalsIgnoreCase(id) || d.id().startsWith(id + "/"))
                .toList();
        if (byNumber.size() == 1) {
            return byNumber.get(0);
        }
        if (byNumber.size() > 1) {
            throw new InputException(MSG.get("lookup.ambiguous", written,
                    String.join(", ", byNumber.stream().map(TrackedDispatch::id).toList())));
        }
        throw new InputException(MSG.get("dispatch.unknown", written));
    }
}
