package vn.congvan.model;

import java.time.LocalDate;

/** Another document cited in the text, e.g. "Công văn số 707/STTTT-TTCNTT&TT ngày 12/8/2019"; date may be null. */
public record Reference(String numberSymbol, LocalDate date) {
}
