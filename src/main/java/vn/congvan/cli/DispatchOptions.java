package vn.congvan.cli;

import picocli.CommandLine.Option;
import vn.congvan.app.DispatchRef;

/**
 * What tells a dispatch apart when its number/symbol is not enough (numbers restart every year; issuers
 * share symbols): shared by every command that takes an {@code ID}.
 */
final class DispatchOptions {
    @Option(names = "--year", paramLabel = "NĂM", descriptionKey = "option.year")
    Integer year;

    @Option(names = "--issuer", paramLabel = "TÊN", descriptionKey = "option.issuer")
    String issuer;

    /** @param id the number/symbol as the clerk typed it */
    DispatchRef ref(String id) {
        return new DispatchRef(id, year, issuer);
    }
}
