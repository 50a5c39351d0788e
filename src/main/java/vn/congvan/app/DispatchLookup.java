package vn.congvan.app;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import vn.congvan.model.InputException;
import vn.congvan.model.TrackedDispatch;
import vn.congvan.text.Abbreviations;
import vn.congvan.text.Messages;
import vn.congvan.text.VietnameseDates;
import vn.congvan.tracking.LedgerQueries;

/** The one place where the clerk's wording of a dispatch is resolved to the dispatch in the ledger. */
final class DispatchLookup {
    private static final Messages MSG = Messages.of(DispatchLookup.class);

    private DispatchLookup() {
    }

    /**
     * @throws InputException when no dispatch fits, or several do (the message lists them and how to name one)
     */
    static TrackedDispatch find(LedgerQueries ledger, DispatchRef ref) {
        String id = ref.written().replaceAll("[\\s\\u00A0]+", "").toUpperCase(Locale.ROOT);
        List<TrackedDispatch> all = ledger.dispatches();
        List<TrackedDispatch> exact = all.stream().filter(d -> upper(d).equals(id)).toList();
        List<TrackedDispatch> candidates = !exact.isEmpty() ? exact
                : all.stream().filter(d -> upper(d).startsWith(id + "/")).toList();
        if (ref.year() != null) {
            candidates = candidates.stream().filter(d -> ref.year().equals(d.year())).toList();
        }
        if (ref.issuer() != null && !ref.issuer().isBlank()) {
            String issuer = Abbreviations.foldExpanded(ref.issuer());
            candidates = candidates.stream()
                    .filter(d -> d.issuer() != null && Abbreviations.foldExpanded(d.issuer()).contains(issuer)).toList();
        }
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        if (candidates.isEmpty()) {
            throw new InputException(MSG.get("dispatch.unknown", describe(ref)));
        }
        throw new InputException(MSG.get("lookup.ambiguous", describe(ref), candidates.size(),
                candidates.stream().map(DispatchLookup::candidate).collect(Collectors.joining("; "))));
    }

    private static String upper(TrackedDispatch d) {
        return d.numberSymbol().toUpperCase(Locale.ROOT);
    }

    private static String describe(DispatchRef ref) {
        String text = ref.written().strip();
        if (ref.year() != null) {
            text += MSG.get("lookup.year", ref.year());
        }
        if (ref.issuer() != null && !ref.issuer().isBlank()) {
            text += MSG.get("lookup.issuer", ref.issuer().strip());
        }
        return text;
    }

    private static String candidate(TrackedDispatch d) {
        return MSG.get("lookup.candidate", d.numberSymbol(), d.date() == null ? "?" : VietnameseDates.formatShort(d.date()),
                d.issuer() == null ? "?" : d.issuer());
    }
}
