package vn.congvan.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code java -jar target/congvan.jar}. */
@Command(name = "congvan", mixinStandardHelpOptions = true, version = "congvan 0.1",
        description = "Theo dõi công văn: đọc, giao việc, theo dõi và lập văn bản.")
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code, for tests. */
    public static int run(String... args) {
        return new CommandLine(new Main()).execute(args);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
