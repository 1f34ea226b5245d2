package io.github.otpadvisor.project;

import io.github.otpadvisor.elixir.syntax.TopLevel;
import io.github.otpadvisor.facts.ChildSpec;
import io.github.otpadvisor.facts.ChildrenList;
import io.github.otpadvisor.facts.FileFacts;
import io.github.otpadvisor.facts.NameRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Children lists another module's function returns (issue 11, read cold at the thirteenth stop: gamend's
 * {@code GamendHost.Application} starts {@code GamendWeb.HostSupervision.children()}, and five of its reports said
 * where they are started "could not be resolved"). Where a children list holds a call of such a function as an entry
 * the analysis could not read, the function's list takes its place; the returned lists themselves are no
 * supervisor's and are dropped. A function no children list calls changes nothing. A function that builds one spec
 * from its parameters (a {@link ChildrenList.Source#TEMPLATE}) gives the spec with the call's literal arguments.
 */
final class ReturnedLists {
    /** {@code GamendWeb.HostSupervision.children()}, {@code Host.children(plugins: false)}. */
    private static final Pattern CALL = Pattern.compile("(?s)((?:[A-Z][A-Za-z0-9_]*\\.)*[A-Z][A-Za-z0-9_]*)\\."
            + "([a-z_][A-Za-z0-9_]*[?!]?)\\(.*\\)");

    private ReturnedLists() {
    }

    static List<FileFacts> splice(List<FileFacts> files) {
        Map<String, ChildrenList> byFunction = new LinkedHashMap<>();
        boolean any = false;
        for (FileFacts f : files) {
            for (ChildrenList l : f.childrenLists()) {
                if ((l.source() == ChildrenList.Source.RETURNED || l.source() == ChildrenList.Source.TEMPLATE)
                        && l.function() != null) {
                    any = true;
                    String name = l.function().substring(0, l.function().lastIndexOf('/'));
                    byFunction.putIfAbsent(l.module() + "." + name, l);
                }
            }
        }
        if (!any) {
            return files;
        }
        List<FileFacts> out = new ArrayList<>(files.size());
        for (FileFacts f : files) {
            boolean changed = false;
            List<ChildrenList> lists = new ArrayList<>();
            for (ChildrenList l : f.childrenLists()) {
                if (l.source() == ChildrenList.Source.RETURNED || l.source() == ChildrenList.Source.TEMPLATE) {
                    changed = true;
                    continue;
                }
                List<ChildSpec> kids = new ArrayList<>();
                boolean spliced = false;
                for (ChildSpec c : l.children()) {
                    ChildrenList r = c.form() == ChildSpec.Form.UNRESOLVED ? returned(c.text(), byFunction) : null;
                    ChildSpec filled = r != null && r.source() == ChildrenList.Source.TEMPLATE ? filled(c, r) : null;
                    if (filled != null) {
                        kids.add(filled);
                        spliced = true;
                    } else if (r != null && r.source() == ChildrenList.Source.RETURNED) {
                        kids.addAll(r.children());
                        spliced = true;
                    } else {
                        kids.add(c);
                    }
                }
                lists.add(spliced ? l.withChildren(kids) : l);
                changed |= spliced;
            }
            out.add(changed ? f.withChildrenLists(lists) : f);
        }
        return out;
    }

    /** A literal a template's parameter can take: an atom, a string, a number, an alias. */
    /** A {@code name:} option whose value is a variable ({@code [name: name, ttl_check_interval: false]}). */
    private static final Pattern NAME_OPTION = Pattern.compile("(?<![\\w:])name:\\s*([a-z_][A-Za-z0-9_]*)\\b");
    private static final Pattern LITERAL = Pattern.compile(":[a-z_][A-Za-z0-9_]*[?!]?|\"[^\"#\\\\]*\"|-?[0-9][0-9_]*"
            + "|[A-Z][A-Za-z0-9_]*(\\.[A-Z][A-Za-z0-9_]*)*");

    /**
     * The template's spec for the call {@code entry}: its parameters replaced by the call's literal arguments in the
     * spec's argument and id, its name the literal the name parameter takes; null when an argument is not a literal.
     */
    private static ChildSpec filled(ChildSpec entry, ChildrenList template) {
        String text = entry.text().strip();
        int open = text.indexOf('(');
        List<String> args = open < 0 || !text.endsWith(")") ? null
                : TopLevel.items(text.substring(open + 1, text.length() - 1), true);
        if (args == null || args.size() != template.params().size() || template.children().size() != 1) {
            return null;
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            if (!LITERAL.matcher(args.get(i)).matches()) {
                return null;
            }
            values.put(template.params().get(i), args.get(i));
        }
        ChildSpec t = template.children().get(0);
        String arg = substitute(t.arg(), values);
        NameRef name = t.name();
        Matcher named = NAME_OPTION.matcher(t.arg() == null ? "" : t.arg());
        String nameParam = name != null && values.containsKey(name.text()) ? name.text()
                : name == null && named.find() && values.containsKey(named.group(1)) ? named.group(1) : null;
        if (nameParam != null) {
            String v = values.get(nameParam);
            boolean atom = v.startsWith(":");
            boolean alias = Character.isUpperCase(v.charAt(0));
            name = atom || alias ? new NameRef(atom ? NameRef.Kind.ATOM : NameRef.Kind.MODULE, v, alias ? v : null,
                    null, true, null, null, "child spec", entry.location(), template.module(), template.function())
                    : null;
        }
        return new ChildSpec(t.form(), t.module(), arg, t.argIsLiteral(), substitute(t.id(), values), name,
                t.restart(), t.strategy(), t.partitionChild(), entry.text(), entry.location(), entry.condition());
    }

    /** The parameters replaced in one pass: a value put in is not read again for another parameter. */
    private static String substitute(String text, Map<String, String> values) {
        if (text == null) {
            return null;
        }
        Matcher m = Pattern.compile("(?<![\\w:@.])(" + String.join("|", values.keySet().stream().map(Pattern::quote)
                .toList()) + ")(?![\\w:])").matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.get(m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The list the call {@code text} returns: by the module as written, else by a unique module ending with it. */
    private static ChildrenList returned(String text, Map<String, ChildrenList> byFunction) {
        Matcher m = text == null ? null : CALL.matcher(text.strip());
        if (m == null || !m.matches()) {
            return null;
        }
        String key = m.group(1) + "." + m.group(2);
        ChildrenList exact = byFunction.get(key);
        if (exact != null) {
            return exact;
        }
        List<ChildrenList> suffix = byFunction.entrySet().stream().filter(e -> e.getKey().endsWith("." + key))
                .map(Map.Entry::getValue).toList();
        return suffix.size() == 1 ? suffix.get(0) : null;
    }
}
