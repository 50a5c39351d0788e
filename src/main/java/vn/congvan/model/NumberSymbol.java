package vn.congvan.model;

import java.util.Objects;

/** Position 3: the register number and the symbol, printed as {@code 6174/UBND-VX}. */
public record NumberSymbol(String number, String symbol) {
    public NumberSymbol {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(symbol, "symbol");
    }

    /** The canonical form without spaces: number, "/", symbol. */
    public String text() {
        return number + "/" + symbol;
    }

    @Override
    public String toString() {
        return text();
    }
}
