package vn.congvan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;
import vn.congvan.app.CongvanService;
import vn.congvan.app.ReplyCollection;
import vn.congvan.app.ShellProblem;
import vn.congvan.cli.Main;
import vn.congvan.model.ComplianceStatus;
import vn.congvan.model.EventType;
import vn.congvan.render.DecreeRule;

/**
 * The Vietnamese messages and the code agree, package by package: every key the code names is in the
 * package's messages.properties, every key there is used, no key is written twice, and a key the code
 * assembles at run time ("status." + a status) is one of the families below, whose possible values this
 * test knows — so a new enum value without its message fails here, not in front of a clerk.
 */
class MessageKeysTest {
    private static final Path SOURCES = Path.of("src/main/java/vn/congvan");
    private static final Path BUNDLES = Path.of("src/main/resources/vn/congvan");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    /** A message looked up by a key made at run time: {@code MSG.get("status." + s.name())}. */
    private static final Pattern ASSEMBLED = Pattern.compile("\\b(?:get|msg|message|of)\\(\\s*\"([a-zA-Z0-9_.]+\\.)\"\\s*\\+");
    private static final Pattern KEY_LIKE = Pattern.compile("[a-z][a-zA-Z0-9]*(\\.[a-zA-Z0-9_]+)+");

    /** Keys assembled from a prefix and a value, per package: the prefix and every value the code can give it. */
    private static final Map<String, Map<String, List<String>>> FAMILIES = Map.of(
            "cli", Map.of(
                    "status.long.", names(ComplianceStatus.values()),
                    "status.short.", names(ComplianceStatus.values()),
                    // MailView names the kind only of the mails listed for the clerk: neither applied nor our own.
                    "collect.kind.", List.of(ReplyCollection.Kind.UNMATCHED.name(), ReplyCollection.Kind.SUSPICIOUS.name(),
                            ReplyCollection.Kind.SUGGESTION.name()),
                    "history.type.", names(EventType.values()),
                    // The sources the ledger's events come from (HistoryCommand prints others as they are).
                    "history.source.", List.of("mail", "clerk", "import", "review"),
                    "list.state.", names(CongvanService.Progress.values()),
                    "problem.", names(ShellProblem.Kind.values())),
            "ui", Map.of("problem.", names(ShellProblem.Kind.values())),
            "directory", Map.of("office.key.", List.of("name", "email", "domains")),
            "render", Map.of("check.rule.", Arrays.stream(DecreeRule.values()).map(DecreeRule::key).toList()));

    /** Dotted strings in the code that are not message keys (mail session properties, file and host names). */
    private static final Set<String> NOT_KEYS = Set.of("office.properties", "mail.debug", "mail.mime.allowutf8",
            "mail.mime.address.strict", "mail.mime.decodefilename", "mail.phanthiet.example");

    /** Keys picocli itself looks up in the command line's bundle (headings, the standard help options). */
    private static final Set<String> PICOCLI = Set.of("usage.description", "usage.synopsisHeading", "usage.optionListHeading",
            "usage.parameterListHeading", "usage.commandListHeading", "help", "version");

    @Test
    void everyKeyUsedExistsAndEveryKeyIsUsed() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String pkg : packagesWithBundles()) {
            Set<String> keys = keys(pkg);
            String source = source(pkg);
            Set<String> literals = literals(source);
            Set<String> used = new TreeSet<>();
            Map<String, List<String>> families = FAMILIES.getOrDefault(pkg, Map.of());

            Matcher assembled = ASSEMBLED.matcher(source);
            while (assembled.find()) {
                String prefix = assembled.group(1);
                if (keys.stream().anyMatch(k -> k.startsWith(prefix)) && !families.containsKey(prefix)) {
                    problems.add(pkg + ": key assembled from \"" + prefix + "\" + … but this test does not know its values");
                }
            }
            families.forEach((prefix, values) -> values.forEach(v -> used.add(prefix + v)));
            for (String literal : literals) {
                if (keys.contains(literal)) {
                    used.add(literal);
                } else if (KEY_LIKE.matcher(literal).matches() && !NOT_KEYS.contains(literal)
                        && keys.stream().anyMatch(k -> k.startsWith(literal.substring(0, literal.indexOf('.') + 1)))) {
                    problems.add(pkg + ": \"" + literal + "\" is used but not in messages.properties");
                }
            }
            if (pkg.equals("cli")) {
                used.addAll(PICOCLI);
                used.addAll(commandDescriptions());
            }
            for (String k : used) {
                if (!keys.contains(k)) {
                    problems.add(pkg + ": " + k + " is needed but not in messages.properties");
                }
            }
            for (String k : keys) {
                if (!used.contains(k)) {
                    problems.add(pkg + ": " + k + " is in messages.properties but never used");
                }
            }
        }
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    @Test
    void noKeyIsWrittenTwice() throws IOException {
        List<String> twice = new ArrayList<>();
        for (String pkg : packagesWithBundles()) {
            Set<String> seen = new LinkedHashSet<>();
            for (String line : Files.readAllLines(bundle(pkg), StandardCharsets.UTF_8)) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#") && t.contains("=") && !seen.add(t.substring(0, t.indexOf('=')).strip())) {
                    twice.add(pkg + ": " + t.substring(0, t.indexOf('=')).strip());
                }
            }
        }
        assertEquals(List.of(), twice);
    }

    /** The test would pass on nothing if it found no bundle or no source: make sure it read the real ones. */
    @Test
    void theTestReadsEveryBundle() throws IOException {
        List<String> packages = packagesWithBundles();
        assertTrue(packages.containsAll(List.of("app", "cli", "directory", "ingest", "mail", "render", "text", "tracking")), packages.toString());
        assertTrue(keys("cli").size() > 100 && literals(source("cli")).contains("import.created"));
    }

    /** {@code congvan.mail.quota.usage.description} …: one description for every command picocli knows. */
    private static Set<String> commandDescriptions() {
        Set<String> out = new TreeSet<>();
        collect(Main.commandLine(), out);
        return out;
    }

    private static void collect(CommandLine cl, Set<String> out) {
        String name = cl.getCommandSpec().qualifiedName(".");
        if (cl.getParent() != null) {
            out.add(name + ".usage.description");
        }
        cl.getSubcommands().values().forEach(sub -> collect(sub, out));
    }

    private static List<String> packagesWithBundles() throws IOException {
        try (Stream<Path> dirs = Files.list(BUNDLES)) {
            return dirs.filter(d -> Files.exists(d.resolve("messages.properties"))).map(d -> d.getFileName().toString()).sorted().toList();
        }
    }

    private static Path bundle(String pkg) {
        return BUNDLES.resolve(pkg).resolve("messages.properties");
    }

    private static Set<String> keys(String pkg) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(bundle(pkg), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    private static String source(String pkg) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(SOURCES.resolve(pkg))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                all.append(Files.readString(f, StandardCharsets.UTF_8)).append('\n');
            }
        }
        return all.toString();
    }

    private static Set<String> literals(String source) {
        Set<String> out = new TreeSet<>();
        Matcher m = LITERAL.matcher(source);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
