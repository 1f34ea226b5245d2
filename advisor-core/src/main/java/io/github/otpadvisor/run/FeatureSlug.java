package io.github.otpadvisor.run;

import java.util.Locale;

/**
 * The plan folder name for a feature, as the seed's {@code .claude/plans/{slug}/} expects: lower-case
 * ASCII letters and digits joined by single hyphens ({@code "Rate limiter (API)"} → {@code rate-limiter-api}).
 */
final class FeatureSlug {
    private static final int MAX = 60;

    private FeatureSlug() {
    }

    static String of(String feature) {
        StringBuilder sb = new StringBuilder();
        for (char c : feature.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                sb.append(c);
            } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '-') {
                sb.append('-');
            }
        }
        String slug = sb.length() > MAX ? sb.substring(0, MAX) : sb.toString();
        while (slug.endsWith("-")) {
            slug = slug.substring(0, slug.length() - 1);
        }
        return slug.isEmpty() ? "feature" : slug;
    }

    /** A slug given by hand must stay one folder name: no separators, no {@code ..}. */
    static boolean isValid(String slug) {
        return slug.matches("[A-Za-z0-9][A-Za-z0-9._-]*") && !slug.contains("..");
    }
}
