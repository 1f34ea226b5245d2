package io.github.otpadvisor.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds claims in one module's {@code otp-decision.md} that contradict another claim of the same page (issue 11):
 * a reader who meets two sections saying opposite things trusts neither. It reads the rendered Markdown, so the
 * same check runs on today's fixture pages (SectionContradictionsTest) and on the pages any version of the tool
 * wrote for real applications ({@link #main}: counts per check, before and after a change).
 */
final class SectionContradictions {
    /** Each check, with the words its finding starts with. */
    enum Check {
        PLACEMENT_VS_PROCESS("Process needed: YES, but Placement says no process"),
        RATIONALE_VS_PLACEMENT("the rationale places it as a static child, the Placement line does not"),
        SKETCH_START_LINK("the Implementation defines start_link, the Supervision Tree says it defines none"),
        RESTART_UNKNOWN_BUT_START_KNOWN("Restart is 'not known' although the page names its start"),
        RESTART_VS_TREE("Restart and the tree disagree on whether a supervisor restarts it"),
        Q4_WITHOUT_EVIDENCE("Q4 is answered yes with nothing cited behind it"),
        ISOLATION_VS_SOCKET("isolation says no socket, yet it handles socket messages"),
        PER_CALLER_AS_APP_CHILD("no placement is recommended, yet it is told to join its application's children");

        final String words;

        Check(String words) {
            this.words = words;
        }
    }

    /** One contradiction: which check, and the two claims quoted short. */
    record Contradiction(Check check, String detail) {
        @Override
        public String toString() {
            return check + ": " + check.words + " (" + detail + ")";
        }
    }

    private static final Pattern Q4 = Pattern.compile(
            "(?m)^\\d+\\. Q4 Do you need timeouts, monitors, or handle\\\\_info\\? \\*\\*(yes|no)\\*\\*(.*)$");
    private static final Pattern SOCKET_MESSAGE = Pattern.compile("\\{:(tcp|ssl|udp)(\\\\?_(closed|error))?,");

    private SectionContradictions() {
    }

    /** The contradictions of one page; empty for a planned feature's page or a page without the sections. */
    static List<Contradiction> of(String md) {
        List<Contradiction> out = new ArrayList<>();
        String requirement = section(md, "## Requirement");
        String context = section(md, "## BEAM Architecture Context");
        String recommendation = section(md, "## Recommendation");
        String implementation = section(md, "## Implementation");
        String tree = section(md, "## Supervision Tree");
        if (recommendation.isEmpty() || tree.isEmpty()) {
            return out;
        }
        boolean processNeeded = recommendation.contains("**Process needed**: YES");
        String placement = field(recommendation, "**Placement**: ");
        String rationale = field(recommendation, "**Rationale**: ");
        if (processNeeded && placement.contains("no process")) {
            out.add(new Contradiction(Check.PLACEMENT_VS_PROCESS, "Placement: " + placement));
        }
        if (rationale.contains("as a static child of a regular Supervisor") && !placement.equals("static child")) {
            out.add(new Contradiction(Check.RATIONALE_VS_PLACEMENT, "Placement: " + placement));
        }
        if (definesStartLink(implementation) && tree.contains("defines no start_link")) {
            out.add(new Contradiction(Check.SKETCH_START_LINK, "the tree's sketch: defines no start_link"));
        }
        String restart = bullet(tree, "- **Restart**: ");
        String today = firstParagraph(tree);
        if (restart.startsWith("Not known today") && (today.startsWith("Today it is")
                || today.contains("outside any supervisor"))) {
            out.add(new Contradiction(Check.RESTART_UNKNOWN_BUT_START_KNOWN, short80(today)));
        }
        boolean treeSupervised = today.startsWith("Today it is a static child") || today.startsWith(
                "Today it is started at runtime under");
        if (restart.startsWith("None") && treeSupervised || restart.startsWith(":") && today.startsWith(
                "Today it is started outside any supervisor")) {
            out.add(new Contradiction(Check.RESTART_VS_TREE, short80(restart) + " / " + short80(today)));
        }
        Matcher q4 = Q4.matcher(recommendation);
        if (q4.find() && q4.group(1).equals("yes") && q4.group(2).isBlank()) {
            out.add(new Contradiction(Check.Q4_WITHOUT_EVIDENCE, "Q4 yes"));
        }
        Matcher socket = SOCKET_MESSAGE.matcher(requirement);
        if (context.contains("Does this need isolation? **no**") && socket.find()) {
            out.add(new Contradiction(Check.ISOLATION_VS_SOCKET, "handles " + socket.group()));
        }
        boolean noPlacement = processNeeded && (placement.contains("no process") || placement.startsWith("not known"));
        if (noPlacement && tree.contains("add the entry below to its application's children")) {
            out.add(new Contradiction(Check.PER_CALLER_AS_APP_CHILD, "Placement: " + short80(placement)));
        }
        return out;
    }

    /** A {@code def start_link(} line of code, not of a comment. */
    private static boolean definesStartLink(String implementation) {
        return implementation.lines().map(String::strip).anyMatch(l -> l.startsWith("def start_link("));
    }

    /** The text between a heading and the next {@code ## } heading (empty when absent). */
    static String section(String md, String heading) {
        int at = md.indexOf("\n" + heading + "\n");
        if (at < 0) {
            return "";
        }
        int from = at + heading.length() + 2;
        int end = md.indexOf("\n## ", from);
        return md.substring(from, end < 0 ? md.length() : end);
    }

    private static String field(String section, String label) {
        int at = section.indexOf(label);
        if (at < 0) {
            return "";
        }
        int end = section.indexOf('\n', at);
        return section.substring(at + label.length(), end < 0 ? section.length() : end).strip();
    }

    private static String bullet(String section, String label) {
        return field(section, label);
    }

    private static String firstParagraph(String section) {
        String s = section.strip();
        int end = s.indexOf("\n\n");
        return end < 0 ? s : s.substring(0, end);
    }

    private static String short80(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }

    /**
     * The audit: {@code SectionContradictions DIR...}, each DIR a report folder (or a folder of them); prints each
     * contradiction with its page, then the count per check and the number of pages read.
     */
    public static void main(String[] args) throws IOException {
        Map<Check, Integer> counts = new TreeMap<>();
        int pages = 0;
        for (String dir : args) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(Path.of(dir))) {
                files = walk.filter(p -> p.getFileName().toString().equals("otp-decision.md")).sorted().toList();
            }
            for (Path f : files) {
                pages++;
                for (Contradiction c : of(Files.readString(f, StandardCharsets.UTF_8))) {
                    counts.merge(c.check(), 1, Integer::sum);
                    System.out.println(f + "\t" + c);
                }
            }
        }
        System.out.println("pages\t" + pages);
        for (Check c : Check.values()) {
            System.out.println(c + "\t" + counts.getOrDefault(c, 0));
        }
    }
}
