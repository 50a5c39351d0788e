package vn.congvan.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;
import vn.congvan.app.Logging;
import vn.congvan.app.LoggingSetUp;
import vn.congvan.app.ServerException;
import vn.congvan.model.InputException;
import vn.congvan.text.Messages;
import vn.congvan.text.Untrusted;

/** Entry point of {@code java -jar target/congvan.jar}: the commands and how their errors reach the user. */
@Command(name = "congvan", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT, version = "congvan 0.1")
public final class Main implements Runnable {
    /** Bad input: the user must fix the file, the date, the name. */
    public static final int EXIT_INPUT = 2;
    /** A mail server could not be reached or refused (distribute and collect report per unit/mail and use 1 too). */
    public static final int EXIT_MAIL = 1;

    /** Every command, in the order the help lists them. */
    private static final List<Class<?>> COMMANDS = List.of(ParseCommand.class, UnitsCommand.class, ImportCommand.class,
            StatusCommand.class, AckCommand.class, MarkCommand.class, RenderCommand.class, ReportCommand.class,
            CheckCommand.class, DistributeCommand.class, CollectCommand.class, MailCommand.class, ListCommand.class,
            OverdueCommand.class, HistoryCommand.class, TrustCommand.class, ReviewCommand.class, BackupCommand.class,
            RestoreCommand.class, DemoCommand.class, SignPdfCommand.class, VerifyCommand.class, DocsCommand.class,
            SubmitCommand.class, ReturnCommand.class, SignCommand.class, IssueCommand.class, WithdrawCommand.class,
            DistributeDocCommand.class, RegisterCommand.class);

    public static void main(String[] args) {
        // Vietnamese on any console: never the platform's legacy code page.
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        LoggingSetUp logging = LoggingSetUp.start(java.util.Arrays.asList(args).contains("--verbose"));
        CommandLine cl = commandLine(args);
        logging.await();
        int exit;
        try {
            exit = cl.execute(args);
        } catch (OutOfMemoryError | StackOverflowError e) {
            // picocli hands only exceptions to Report; these reach here with what held them already let go.
            exit = report(e, cl);
        }
        System.exit(exit);
    }

    /**
     * {@code ./congvan} without a command where no window can open (no display): says why and shows the
     * commands instead.
     */
    public static void noWindow(String reason) {
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8));
        System.out.println(reason);
        System.out.println(CliText.get("noWindow.hint"));
        commandLine().usage(System.out);
    }

    /** Runs a command line and returns its exit code, for tests. */
    public static int run(String... args) {
        return commandLine(args).execute(args);
    }

    /** Every command, as the help lists them. */
    public static CommandLine commandLine() {
        return commandLine(new String[0]);
    }

    /**
     * The command line for {@code args}: when they start with a command's name, only that command is
     * registered. picocli reads every registered command's options, mixins and help texts by reflection
     * before it parses anything, which was a third of a one-shot command's start; a name it does not
     * know, an option first or no argument registers them all, for the help and "did you mean".
     */
    static CommandLine commandLine(String[] args) {
        CommandLine cl = withTexts(new CommandLine(new Main()));
        String first = args.length == 0 ? null : args[0];
        boolean one = COMMANDS.stream().anyMatch(c -> name(c).equals(first));
        for (Class<?> command : COMMANDS) {
            if (!one || name(command).equals(first)) {
                cl.addSubcommand(command);
            }
        }
        cl.setExecutionExceptionHandler(new Report());
        cl.setParameterExceptionHandler(new UsageErrors());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }

    /**
     * The help texts, set before any subcommand is added so that each inherits them. Not the annotation's
     * {@code resourceBundle}: picocli would look the bundle up for the machine's locale, each miss a search
     * of every jar on the class path.
     */
    private static CommandLine withTexts(CommandLine cl) {
        return cl.setResourceBundle(Messages.bundle("vn.congvan.cli.messages"));
    }

    /**
     * A command's name from its class's ("SignPdfCommand" is "sign-pdf"), as its {@code @Command} annotation
     * names it (a test checks each): reading the annotations of all 30 classes to pick one cost a cold start
     * their parsing.
     */
    static String name(Class<?> command) {
        String simple = command.getSimpleName();
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < simple.length() - "Command".length(); i++) {
            char c = simple.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                name.append('-');
            }
            name.append(Character.toLowerCase(c));
        }
        return name.toString();
    }

    /**
     * A class, not a method reference: picocli's interfaces are Java 5 class files, and a lambda implementing
     * one crashes the JDK 17 that writes the class-data archive at build time (JDK-8274944's kind).
     */
    private static final class Report implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
            return report(e, cl);
        }
    }

    /** Users get one Vietnamese line, never a stack trace; CONGVAN_DEBUG=1 shows it to developers. */
    private static int report(Throwable e, CommandLine cl) {
        PrintWriter err = cl.getErr();
        if (System.getenv("CONGVAN_DEBUG") != null) {
            e.printStackTrace(err);
        }
        // A message may quote what came from outside (a file name, a server's answer): print it cleaned.
        String message = CliText.message(e) == null ? null : Untrusted.text(CliText.message(e));
        if (e instanceof InputException) {
            err.println(CliText.get("error.prefix") + message);
            return EXIT_INPUT;
        }
        if (e instanceof ServerException) {
            // The server or the mailbox said no: the message says what to check; nothing was half-done.
            err.println(CliText.get("error.prefix") + message);
            return EXIT_MAIL;
        }
        err.println(CliText.get("error.unexpected", e.getClass().getSimpleName(), String.valueOf(message)));
        return 1;
    }

    /** Read in {@link #main} before anything logs ({@link Logging}); declared here so picocli accepts it anywhere. */
    @CommandLine.Option(names = "--verbose", descriptionKey = "option.verbose", scope = ScopeType.INHERIT)
    boolean verbose;

    @Override
    public void run() {
        withTexts(new CommandLine(this)).usage(System.out);
    }
}
