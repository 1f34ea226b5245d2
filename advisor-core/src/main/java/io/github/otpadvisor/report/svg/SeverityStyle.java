package io.github.otpadvisor.report.svg;

import java.util.Locale;

/** Severities drawn as a thick border plus a "!" badge naming it: never colour alone. */
enum SeverityStyle {
    ERROR("error", "#dc2626", "module with error findings"),
    WARNING("warning", "#c2410c", "module with warnings"),
    INFO("info", "#2563eb", "module with info findings"),
    /** A value this class does not know: still shown, neutrally, with its (cleaned) word. */
    OTHER("other", "#475569", "module with other findings");

    final String css;
    final String colour;
    final String legend;

    SeverityStyle(String css, String colour, String legend) {
        this.css = css;
        this.colour = colour;
        this.legend = legend;
    }

    /** The style of a severity word, or null for none. */
    static SeverityStyle of(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "error" -> ERROR;
            case "warning" -> WARNING;
            case "info" -> INFO;
            default -> OTHER;
        };
    }

    String badge() {
        return "! " + css;
    }
}
