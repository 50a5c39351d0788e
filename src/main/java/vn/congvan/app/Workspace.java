package vn.congvan.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

import vn.congvan.directory.OfficeProfile;
import vn.congvan.directory.UnitDirectory;
import vn.congvan.mail.MessageIds;
import vn.congvan.tracking.Ledger;

/**
 * Where a clerk's data lives: the ledger and the unit directory. The ledger defaults to the user's
 * data folder; the directory to {@code directory/} beside it, else the sample directory shipped
 * with congvan, so a fresh install works at once.
 */
public record Workspace(String ledgerLocation, Path directoryFolder) {
    /** Offices keep Vietnam's calendar, whatever the machine's zone. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** Resolves the defaults for whatever the user left unset (null). */
    public static Workspace resolve(String ledgerOption, Path directoryOption) {
        String ledger = ledgerOption != null ? ledgerOption : Ledger.defaultLocation().toString();
        Path directory = directoryOption != null ? directoryOption : defaultDirectory();
        return new Workspace(ledger, directory);
    }

    /** The service over this workspace, for many calls; the shell passes how to ask its user. */
    public CongvanService open(Interaction interaction) {
        return open(Clock.systemUTC(), interaction, System.getenv());
    }

    /**
     * @param clock       the time the service records and the day it takes for today
     * @param environment where a mail password may be set ({@code CONGVAN_MAIL_PASSWORD})
     */
    public CongvanService open(Clock clock, Interaction interaction, Map<String, String> environment) {
        return open(clock, interaction, environment, MessageIds.secure());
    }

    /** @param messageIds where sent mails get their Message-IDs: a seeded source only for the demo and tests */
    CongvanService open(Clock clock, Interaction interaction, Map<String, String> environment, MessageIds messageIds) {
        return new CongvanService(this, clock, interaction, environment, messageIds);
    }

    /**
     * @param create  whether a missing ledger file may be created: only for use cases that write
     * @param notices where the user hears of long one-off work the opening does
     */
    Ledger openLedger(boolean create, Interaction notices) {
        return create ? Ledger.open(ledgerLocation, notices::notice) : Ledger.openExisting(ledgerLocation, notices::notice);
    }

    UnitDirectory loadDirectory() {
        return UnitDirectory.load(directoryFolder);
    }

    /** The office that sends: {@code office.properties} in the directory folder. */
    OfficeProfile loadOffice() {
        return OfficeProfile.load(directoryFolder);
    }

    /**
     * Where dispatch mails wait as .eml files when no SMTP server is given: {@code outbox/} beside the
     * ledger file (beside the default one for a database server).
     */
    public Path outboxFolder() {
        Path ledgerFile = ledgerLocation.startsWith("jdbc:") ? Ledger.defaultLocation() : Path.of(ledgerLocation);
        return ledgerFile.toAbsolutePath().resolveSibling("outbox");
    }

    /** Whether the ledger already exists (a database server always counts as existing). */
    public boolean ledgerExists() {
        return ledgerLocation.startsWith("jdbc:") || Files.isRegularFile(Path.of(ledgerLocation));
    }

    /** Where the window writes reports, reminders and registers: {@code van-ban/} beside the ledger file. */
    public Path documentsFolder() {
        Path ledgerFile = ledgerLocation.startsWith("jdbc:") ? Ledger.defaultLocation() : Path.of(ledgerLocation);
        return ledgerFile.toAbsolutePath().resolveSibling("van-ban");
    }

    /** What the window remembers (size, sashes, columns, last folder): beside the ledger file. */
    public Path windowSettingsFile() {
        Path ledgerFile = ledgerLocation.startsWith("jdbc:") ? Ledger.defaultLocation() : Path.of(ledgerLocation);
        return ledgerFile.toAbsolutePath().resolveSibling("congvan-window.properties");
    }

    /**
     * The demo data a first start offers: {@code demo/} beside this workspace's ledger file (the default
     * one for a database URL), made by {@link DemoRun} on first use and opened as it is afterwards, so the
     * clerk's own ledger is never touched.
     */
    public Workspace demo() {
        Path beside = ledgerLocation.startsWith("jdbc:") ? Ledger.defaultLocation() : Path.of(ledgerLocation);
        Path home = beside.toAbsolutePath().resolveSibling("demo");
        Path ledger = home.resolve("congvan.db");
        if (!Files.exists(ledger)) {
            DemoRun.run(home);
        }
        return resolve(ledger.toString(), samplesFolder().map(s -> s.resolve("directory")).orElse(Path.of("samples", "directory")));
    }

    private static Path defaultDirectory() {
        String env = System.getenv("CONGVAN_UNITS");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        Path beside = Ledger.defaultLocation().resolveSibling("directory");
        if (Files.isDirectory(beside)) {
            return beside;
        }
        return samplesFolder().map(s -> s.resolve("directory")).orElse(Path.of("samples", "directory"));
    }

    /** The samples/ folder of this installation. */
    public static Optional<Path> samplesFolder() {
        return installationFolder("samples");
    }

    /**
     * The document templates: {@code templates/} beside the ledger when the office keeps its own
     * wording there, else the templates shipped with congvan.
     */
    Path templatesFolder() {
        Path own = Path.of(ledgerLocation).toAbsolutePath().resolveSibling("templates");
        if (!ledgerLocation.startsWith("jdbc:") && Files.isDirectory(own)) {
            return own;
        }
        return installationFolder("templates").orElse(Path.of("templates"));
    }

    /** A folder shipped with congvan: beside the working directory, or above target/congvan.jar. */
    private static Optional<Path> installationFolder(String name) {
        Path cwd = Path.of(name);
        if (Files.isDirectory(cwd)) {
            return Optional.of(cwd.toAbsolutePath());
        }
        try {
            Path jar = Path.of(Workspace.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path p = jar.getParent(); p != null; p = p.getParent()) {
                if (Files.isDirectory(p.resolve(name))) {
                    return Optional.of(p.resolve(name));
                }
            }
        } catch (Exception e) {
            // Not started from a jar or folder we can locate: fall through.
        }
        return Optional.empty();
    }
}
