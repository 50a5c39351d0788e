package vn.congvan.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/** picocli's command-line mistakes told in Vietnamese, with the command's usage below. */
final class UsageErrors implements IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println(CliText.get("error.prefix") + message(e));
        if (e instanceof UnmatchedArgumentException u) {
            List<String> suggestions = u.getSuggestions();
            if (!suggestions.isEmpty()) {
                err.println(CliText.get("usage.didYouMean", String.join(", ", suggestions)));
            }
        }
        err.println(CliText.get("usage.seeHelp", cl.getCommandSpec().qualifiedName()));
        return Main.EXIT_INPUT;
    }

    private static String message(ParameterException e) {
        if (e instanceof MissingParameterException m) {
            return CliText.get("usage.missing", String.join(", ", m.getMissing().stream().map(UsageErrors::label).toList()));
        }
        if (e instanceof UnmatchedArgumentException u) {
            return CliText.get("usage.unknown", String.join(" ", u.getUnmatched()));
        }
        ArgSpec arg = e.getArgSpec();
        if (e.getCause() instanceof TypeConversionException t && (arg == null || arg.converters().length > 0)) {
            // Our own converters (dates) say in Vietnamese what is wrong; picocli's own say it in English.
            return t.getMessage();
        }
        if (arg == null) {
            return CliText.get("usage.invalid", e.getMessage());
        }
        if (arg.type().isEnum()) {
            String choices = Arrays.stream(arg.type().getEnumConstants()).map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", "));
            return CliText.get("usage.invalidChoice", label(arg), e.getValue(), choices);
        }
        return CliText.get("usage.invalidValue", label(arg), e.getValue());
    }

    private static String label(ArgSpec arg) {
        return arg.isOption() ? ((CommandLine.Model.OptionSpec) arg).longestName() : arg.paramLabel();
    }
}
