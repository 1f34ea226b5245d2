package io.github.otpadvisor.elixir.ast;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * Floats as Elixir 1.14's {@code Inspect.Float} prints them: integral values in [1, 1.0e16) as
 * {@code 10000000000.0}, everything else as Erlang/OTP 25's {@code :io_lib_format.fwrite_g/1}, i.e.
 * {@code float_to_list(F, [short])}: the shortest digits that read back as the same double (Ryu),
 * laid out in fixed or scientific notation by OTP's {@code to_chars} rules ({@code 0.001},
 * {@code 1.0e-5}, {@code 1.2345678901234568e17}, {@code 1.0e21}).
 */
public final class FloatPrinter {
    private FloatPrinter() {
    }

    public static String print(double value) {
        StringBuilder out = new StringBuilder(24);
        append(out, value);
        return out.toString();
    }

    static void append(StringBuilder out, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            out.append(value); // no Elixir float is one of these; never produced by the parser
            return;
        }
        double abs = Math.abs(value);
        if (abs >= 1.0 && abs < 1.0e16 && value == Math.rint(value)) {
            out.append((long) value).append(".0");
            return;
        }
        fwriteG(out, value);
    }

    /** {@code :io_lib_format.fwrite_g/1} of OTP 25. */
    static void fwriteG(StringBuilder out, double value) {
        long bits = Double.doubleToRawLongBits(value);
        boolean negative = bits < 0;
        if ((bits & Long.MAX_VALUE) == 0) {
            out.append(negative ? "-0.0" : "0.0");
            return;
        }
        if (negative) {
            out.append('-');
        }
        long[] shortest = shortest(Math.abs(value));
        String digits = Long.toString(shortest[0]);
        int exponent = (int) shortest[1];
        layout(out, digits, exponent);
    }

    /**
     * The shortest decimal {@code digits * 10^exponent} inside the rounding interval of {@code v}
     * (bounds included when the significand is even, as Ryu does), the one nearest to {@code v}.
     */
    static long[] shortest(double v) {
        long bits = Double.doubleToRawLongBits(v);
        int biased = (int) ((bits >>> 52) & 0x7FF);
        long fraction = bits & ((1L << 52) - 1);
        long mantissa = biased == 0 ? fraction : fraction | (1L << 52);
        int e2 = biased == 0 ? -1074 : biased - 1075;
        // Work in units of 2^(e2 - 2): value = 4m, upper bound 4m + 2, lower bound 4m - 2 (or 4m - 1).
        BigInteger four = BigInteger.valueOf(mantissa).shiftLeft(2);
        BigInteger upper = four.add(BigInteger.TWO);
        BigInteger lower = four.subtract(fraction == 0 && biased > 1 ? BigInteger.ONE : BigInteger.TWO);
        boolean inclusive = (mantissa & 1) == 0;
        BigDecimal unit = e2 - 2 >= 0
                ? new BigDecimal(BigInteger.TWO.pow(e2 - 2))
                : BigDecimal.ONE.divide(new BigDecimal(BigInteger.TWO.pow(2 - e2)));
        BigDecimal exact = new BigDecimal(four).multiply(unit);
        BigDecimal lo = new BigDecimal(lower).multiply(unit);
        BigDecimal hi = new BigDecimal(upper).multiply(unit);
        // The largest k such that a multiple of 10^k lies inside the interval.
        int top = exact.precision() - exact.scale(); // exact < 10^top
        for (int k = top; ; k--) {
            BigDecimal step = BigDecimal.ONE.scaleByPowerOfTen(k);
            BigInteger first = lo.divide(step, 0, RoundingMode.CEILING).toBigIntegerExact();
            if (!inclusive && new BigDecimal(first).multiply(step).compareTo(lo) == 0) {
                first = first.add(BigInteger.ONE);
            }
            BigDecimal candidate = new BigDecimal(first).multiply(step);
            int cmp = candidate.compareTo(hi);
            if (cmp < 0 || (cmp == 0 && inclusive)) {
                BigInteger nearest = exact.divide(step, 0, RoundingMode.HALF_EVEN).toBigIntegerExact();
                BigInteger last = hi.divide(step, 0, RoundingMode.FLOOR).toBigIntegerExact();
                if (!inclusive && new BigDecimal(last).multiply(step).compareTo(hi) == 0) {
                    last = last.subtract(BigInteger.ONE);
                }
                if (nearest.compareTo(first) < 0) {
                    nearest = first;
                } else if (nearest.compareTo(last) > 0) {
                    nearest = last;
                }
                long d = nearest.longValueExact();
                int exponent = k;
                while (d % 10 == 0) {
                    d /= 10;
                    exponent++;
                }
                return new long[] {d, exponent};
            }
        }
    }

    /** OTP's {@code to_chars}: fixed notation where it is not longer, else {@code d.ddde[-]x}. */
    private static void layout(StringBuilder out, String digits, int exponent) {
        int length = digits.length();
        long output = Long.parseLong(digits);
        int scientific = exponent + length - 1;
        int lowerBound;
        int upperBound;
        if (length == 1) {
            lowerBound = -4;
            upperBound = 2;
        } else if (scientific >= 10) {
            lowerBound = -(length + 2);
            upperBound = 2;
        } else {
            lowerBound = -(length + 2);
            upperBound = 1;
        }
        boolean fixed = false;
        if (lowerBound <= exponent && exponent <= upperBound) {
            fixed = !((output >= (1L << 53) && exponent == 0)
                    || (output > (1L << 52) / 5 && exponent == 1)
                    || (output > (1L << 51) / 25 && exponent == 2));
        }
        if (fixed) {
            int whole = length + exponent;
            if (exponent >= 0) {
                out.append(digits);
                for (int i = 0; i < exponent; i++) {
                    out.append('0');
                }
                out.append(".0");
            } else if (whole > 0) {
                out.append(digits, 0, whole).append('.').append(digits, whole, length);
            } else {
                out.append("0.");
                for (int i = 0; i < -whole; i++) {
                    out.append('0');
                }
                out.append(digits);
            }
            return;
        }
        out.append(digits.charAt(0)).append('.');
        if (length > 1) {
            out.append(digits, 1, length);
        } else {
            out.append('0');
        }
        out.append('e').append(scientific);
    }
}
