package vn.congvan.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;
import vn.congvan.app.Workspace;

/** Where the ledger and the unit directory are, shared by the commands that use them. */
final class StoreOptions {
    @Option(names = "--db", paramLabel = "PATH|JDBC-URL", descriptionKey = "option.db")
    String db;

    @Option(names = "--units", paramLabel = "DIR", descriptionKey = "option.units")
    Path units;

    Workspace workspace() {
        return Workspace.resolve(db, units);
    }

    /**
     * The default workspace, for the commands that take no {@code --db}/{@code --units} (parse, render,
     * check, mail): the service they open never reaches for the ledger.
     */
    static Workspace defaults() {
        return Workspace.resolve(null, null);
    }
}
