package io.github.otpadvisor.site;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks every internal link of a built site: each {@code href} and {@code src} of every HTML page that is
 * not an absolute URL must name a file inside the site, and a {@code #fragment} into an HTML page must name
 * an {@code id} (or {@code name}) there. Run over the staged site by the site build:
 * {@code LinkCheck SITE_DIR} prints the broken links and exits 1 if there are any.
 */
public final class LinkCheck {
    private static final Pattern LINK = Pattern.compile("\\s(?:href|src)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ANCHOR = Pattern.compile("\\s(?:id|name)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EXTERNAL = Pattern.compile("^(?:[a-zA-Z][a-zA-Z0-9+.-]*:|//).*");

    /** What was checked and what is broken. */
    record Result(int pages, int links, List<String> broken) {
    }

    private final Path root;
    private final Map<Path, Set<String>> anchors = new HashMap<>();

    LinkCheck(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: LinkCheck SITE_DIR");
        }
        Result r = new LinkCheck(Path.of(args[0])).check();
        r.broken().forEach(b -> System.out.println("[link-check] broken: " + b));
        System.out.println("[link-check] " + r.pages() + " pages, " + r.links() + " internal links, "
                + r.broken().size() + " broken");
        if (!r.broken().isEmpty() || r.pages() == 0) {
            System.exit(1);
        }
    }

    Result check() throws IOException {
        if (!Files.isDirectory(root)) {
            throw new IOException("no site at " + root);
        }
        List<Path> pages;
        try (Stream<Path> files = Files.walk(root)) {
            pages = files.filter(LinkCheck::isHtml).sorted().toList();
        }
        int links = 0;
        List<String> broken = new ArrayList<>();
        for (Path page : pages) {
            String html = Files.readString(page, StandardCharsets.UTF_8);
            Matcher m = LINK.matcher(html);
            while (m.find()) {
                String link = decodeEntities(m.group(1) != null ? m.group(1) : m.group(2)).strip();
                if (link.isEmpty() || EXTERNAL.matcher(link).matches()) {
                    continue;
                }
                links++;
                String problem = problem(page, link);
                if (problem != null) {
                    broken.add(root.relativize(page) + ": " + link + " (" + problem + ")");
                }
            }
        }
        return new Result(pages.size(), links, broken);
    }

    /** Why {@code link} on {@code page} leads nowhere, or null when it is fine. */
    private String problem(Path page, String link) throws IOException {
        int hash = link.indexOf('#');
        String path = hash >= 0 ? link.substring(0, hash) : link;
        String fragment = hash >= 0 ? link.substring(hash + 1) : "";
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        Path target = page;
        if (!path.isEmpty()) {
            target = page.getParent().resolve(URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8))
                    .normalize();
            if (!target.startsWith(root)) {
                return "outside the site";
            }
            if (Files.isDirectory(target)) {
                target = target.resolve("index.html");
            }
            if (!Files.isRegularFile(target)) {
                return "no such file";
            }
        }
        if (!fragment.isEmpty() && isHtml(target)) {
            String id = URLDecoder.decode(fragment.replace("+", "%2B"), StandardCharsets.UTF_8);
            if (!anchorsOf(target).contains(id)) {
                return "no anchor '" + id + "' in " + root.relativize(target);
            }
        }
        return null;
    }

    private Set<String> anchorsOf(Path page) throws IOException {
        Set<String> known = anchors.get(page);
        if (known == null) {
            known = new HashSet<>();
            Matcher m = ANCHOR.matcher(Files.readString(page, StandardCharsets.UTF_8));
            while (m.find()) {
                known.add(decodeEntities(m.group(1) != null ? m.group(1) : m.group(2)));
            }
            anchors.put(page, known);
        }
        return known;
    }

    private static boolean isHtml(Path p) {
        String name = p.getFileName().toString();
        return Files.isRegularFile(p) && (name.endsWith(".html") || name.endsWith(".htm"));
    }

    /** The character references attribute values use in the pages we build. */
    static String decodeEntities(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        Matcher m = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);").matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String c = switch (e) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> new String(Character.toChars(e.startsWith("#x")
                        ? Integer.parseInt(e.substring(2), 16) : Integer.parseInt(e.substring(1))));
            };
            m.appendReplacement(out, Matcher.quoteReplacement(c));
        }
        m.appendTail(out);
        return out.toString();
    }
}
