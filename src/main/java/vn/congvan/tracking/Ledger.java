package vn.congvan.tracking;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import vn.congvan.model.InputException;

/**
 * The append-only tracking ledger, opened at one location and split by job: {@link #imports()} brings
 * dispatches in with what was decided, {@link #events()} appends what happened, {@link #queries()}
 * reads it all back. Statuses are derived from the events; the status tables that list and overdue read are kept
 * with them by the same projection, in the same transaction ({@code StatusTables}). Every write is one transaction,
 * so a failure leaves the ledger as it was.
 *
 * <p>One instance holds one connection and is safe to share between threads (its users take turns).
 * Several programs may open the same SQLite file: writers wait for each other.
 */
public final class Ledger implements AutoCloseable {
    private final LedgerDatabase db;
    private final DispatchImports imports;
    private final EventLog events;
    private final LedgerQueries queries;
    private final AddressTrust addressTrust;
    private final ReviewQueue review;
    private final MailOriginals mailOriginals;
    private final OutgoingRegister register;
    private final OutgoingDocuments outgoing;
    private final ReceivedSignatureLog receivedSignatures;

    private Ledger(LedgerDatabase db) {
        this.db = db;
        this.imports = new DispatchImports(db);
        this.events = new EventLog(db);
        this.queries = new LedgerQueries(db);
        this.addressTrust = new AddressTrust(db);
        this.review = new ReviewQueue(db, events);
        this.mailOriginals = new MailOriginals(db, events);
        this.register = new OutgoingRegister(db);
        this.outgoing = new OutgoingDocuments(db);
        this.receivedSignatures = new ReceivedSignatureLog(db);
    }

    /**
     * Opens (creating when needed) the ledger at {@code location} and brings its tables up to date.
     *
     * @param location a JDBC URL ({@code jdbc:sqlite:…}, {@code jdbc:postgresql://…}; without a user in
     *                 the URL, {@code CONGVAN_DB_USER} and {@code CONGVAN_DB_PASSWORD} are used) or a
     *                 file path, which means an SQLite file (created with its folders, owner-only)
     * @throws InputException when the location is not a ledger, cannot be reached, or was written by a
     *                        newer version of the program
     */
    public static Ledger open(String location) {
        return open(location, text -> { });
    }

    /**
     * As {@link #open(String)}; {@code notices} is told, in Vietnamese, of long one-off work the opening does (the
     * status tables computed again after an update: a minute on a large ledger), so that the user knows why.
     */
    public static Ledger open(String location, Consumer<String> notices) {
        return new Ledger(LedgerDatabase.open(location, true, notices));
    }

    /**
     * Opens the ledger at {@code location} for a command that only reads: a missing SQLite file is
     * refused ("chưa có sổ theo dõi tại …") and nothing is created.
     */
    public static Ledger openExisting(String location) {
        return openExisting(location, text -> { });
    }

    /** As {@link #openExisting(String)}, telling {@code notices} of long one-off work as {@link #open(String, Consumer)}. */
    public static Ledger openExisting(String location, Consumer<String> notices) {
        return new Ledger(LedgerDatabase.open(location, false, notices));
    }

    /**
     * The ledger file in the user's data folder: {@code $CONGVAN_HOME/congvan.db} when that is set, else
     * {@code %APPDATA%\congvan\congvan.db} on Windows, {@code ~/Library/Application Support/congvan/congvan.db}
     * on macOS and {@code $XDG_DATA_HOME/congvan/congvan.db} (default {@code ~/.local/share}) elsewhere.
     */
    public static Path defaultLocation() {
        return LedgerDatabase.defaultLocation(System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home")));
    }

    /** How to name this ledger to a user: the file, or the URL without its password. */
    public String description() {
        return db.description();
    }

    public DispatchImports imports() {
        return imports;
    }

    public EventLog events() {
        return events;
    }

    public LedgerQueries queries() {
        return queries;
    }

    /** The addresses the clerk trusts for units, beyond their own. */
    public AddressTrust addressTrust() {
        return addressTrust;
    }

    /** The mails waiting for the clerk ("Thư cần xem") and the clerk's decisions on them. */
    public ReviewQueue review() {
        return review;
    }

    /** The mails recorded events came from, kept as read. */
    public MailOriginals mailOriginals() {
        return mailOriginals;
    }

    /** The outgoing register (sổ văn bản đi): the numbers of the documents the office signs. */
    public OutgoingRegister register() {
        return register;
    }

    /** The documents congvan wrote and their way from draft to distribution. */
    public OutgoingDocuments outgoing() {
        return outgoing;
    }

    /** The signatures incoming dispatches arrived with, as checked at import. */
    public ReceivedSignatureLog receivedSignatures() {
        return receivedSignatures;
    }

    /** The transaction of {@link #inBatches}: {@link #commit} keeps what was written so far. */
    @FunctionalInterface
    public interface Batch {
        void commit();
    }

    /**
     * Runs {@code work} in one transaction that it commits when it chooses ({@link Batch#commit}), so that many
     * small writes share one commit, one flush to disk. Each write inside stays whole on its own (all of it or,
     * when it fails, nothing of it); when {@code work} throws, the writes completed before are committed, then
     * the failure is thrown. Other users of this ledger wait until the batch ends.
     */
    public <T> T inBatches(Function<Batch, T> work) {
        return db.inBatches(work);
    }

    /** Runs {@code work} as one write: all of it or nothing (inside {@link #inBatches}, a savepoint). */
    public <T> T together(Supplier<T> work) {
        return db.write(work::get, db::databaseError);
    }

    @Override
    public void close() {
        db.close();
    }
}
