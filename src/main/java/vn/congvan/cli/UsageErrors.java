package vn.congvan.cli;

import java.io.PrintWriter;
import java.util.List;

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
        if (e.getCause() instanceof TypeConversionException t) {
            return t.getMessage();
        }
        ArgSpec arg = e.getArgSpec();
        return arg == null ? CliText.get("usage.invalid", e.getMessage())
                : CliText.get("usage.invalidValue", label(arg), e.getValue());
    }

    private static String label(ArgSpec arg) {
        return arg.isOption() ? ((CommandLine.Model.OptionSpec) arg).longestName() : arg.paramLabel();
    }
}
