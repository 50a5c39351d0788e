package vn.congvan.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import vn.congvan.text.VietnameseDates;

/** Dates on the command line as offices write them (30/8/2019) or in ISO form (2019-08-30). */
final class DateConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
        String v = value.strip();
        try {
            Matcher m = VietnameseDates.NUMERIC.matcher(v);
            if (m.matches()) {
                return VietnameseDates.of(m);
            }
            return LocalDate.parse(v);
        } catch (VietnameseDates.InvalidDate | DateTimeParseException e) {
            throw new TypeConversionException(CliText.get("error.badDate", value));
        }
    }
}
