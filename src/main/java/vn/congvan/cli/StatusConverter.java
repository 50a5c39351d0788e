package vn.congvan.cli;

import java.util.Map;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import vn.congvan.model.ComplianceStatus;
import vn.congvan.text.VietnameseText;

/** A status as a clerk types it: "done", "DONE", "đã hoàn thành", "dang thuc hien" … */
final class StatusConverter implements ITypeConverter<ComplianceStatus> {
    private static final Map<String, ComplianceStatus> WORDS = Map.ofEntries(
            Map.entry("done", ComplianceStatus.DONE),
            Map.entry("xong", ComplianceStatus.DONE),
            Map.entry("da xong", ComplianceStatus.DONE),
            Map.entry("hoan thanh", ComplianceStatus.DONE),
            Map.entry("da hoan thanh", ComplianceStatus.DONE),
            Map.entry("in progress", ComplianceStatus.IN_PROGRESS),
            Map.entry("progress", ComplianceStatus.IN_PROGRESS),
            Map.entry("dang thuc hien", ComplianceStatus.IN_PROGRESS),
            Map.entry("dang lam", ComplianceStatus.IN_PROGRESS),
            Map.entry("not started", ComplianceStatus.NOT_STARTED),
            Map.entry("chua thuc hien", ComplianceStatus.NOT_STARTED),
            Map.entry("chua lam", ComplianceStatus.NOT_STARTED));

    @Override
    public ComplianceStatus convert(String value) {
        String folded = VietnameseText.fold(value.replace('_', ' '));
        ComplianceStatus s = WORDS.get(folded);
        if (s == null) {
            throw new TypeConversionException(CliText.get("error.badStatus", value));
        }
        return s;
    }
}
