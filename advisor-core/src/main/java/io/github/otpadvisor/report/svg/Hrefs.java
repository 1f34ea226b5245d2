package io.github.otpadvisor.report.svg;

/** Links are produced by our own code as relative paths; anything else is refused, defensively. */
final class Hrefs {
    private Hrefs() {
    }

    /** {@code href} when it is a relative reference without scheme or authority, else null. */
    static String safe(String href) {
        if (href == null || href.isEmpty() || !Xml.clean(href).equals(href)) {
            return null;
        }
        for (int i = 0; i < href.length(); i++) {
            char c = href.charAt(i);
            // URL parsers drop tabs/newlines and leading spaces ("java\tscript:"), and read '\' as '/'.
            if (c <= 0x20 || c == 0x7F || c == '\\') {
                return null;
            }
        }
        if (href.startsWith("//")) {
            return null; // another host
        }
        int end = href.length();
        for (char stop : new char[] {'/', '?', '#'}) {
            int i = href.indexOf(stop);
            if (i >= 0 && i < end) {
                end = i;
            }
        }
        return href.substring(0, end).indexOf(':') >= 0 ? null : href; // a scheme: javascript:, data:, http:
    }
}
