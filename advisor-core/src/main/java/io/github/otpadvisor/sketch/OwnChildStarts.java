package io.github.otpadvisor.sketch;

import io.github.otpadvisor.facts.ApiFunction;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The functions of a DynamicSupervisor module that add a child to it (issue 11, "tests that test"): one that passes
 * its one argument to {@code DynamicSupervisor.start_child(__MODULE__, {Child, arg})} (dara-dots'
 * {@code RpsGameSupervisor.start_child(game_id)}), and one that calls it and returns the child already running on
 * {@code {:error, {:already_started, pid}}} ({@code find_game(game_id)}). A test of the running supervisor calls them
 * with an id of its own, checks the child is there and found again, and removes it.
 *
 * @param start    the adding function's name (it takes one argument)
 * @param startAt  its file:line, or null
 * @param child    the child module as written in its start_child call
 * @param find     the get-or-start function's name, or null
 * @param findAt   its file:line, or null
 * @param param    the adding function's parameter name (for a sample value)
 */
record OwnChildStarts(String start, String startAt, String child, String find, String findAt, String param) {
    /** A parameter a sample string stands for: an id or a name. */
    private static final Pattern ID = Pattern.compile("(?:[a-z_]*_)?(?:id|name|key|slug|topic|uuid)");

    /** Both functions, when the module has the adding one; empty otherwise. */
    static Optional<OwnChildStarts> of(SketchPlan p) {
        for (ApiFunction f : p.code.api()) {
            List<String> params = TestSketch.params(f);
            if (params.size() != 1) {
                continue;
            }
            String param = params.get(0);
            if (!ID.matcher(param).matches()) {
                continue; // teiserver's start_queue!(state) takes a whole state: a sample string is no such thing
            }
            Matcher call = Pattern.compile("DynamicSupervisor\\.start_child\\(\\s*(?:__MODULE__|"
                    + Pattern.quote(p.module) + "),\\s*\\{\\s*([A-Z][A-Za-z0-9_.]*),\\s*" + Pattern.quote(param)
                    + "\\s*\\}\\s*\\)").matcher(f.clauses().get(0).body());
            if (!call.find()) {
                continue;
            }
            String name = f.name();
            String find = null;
            // a child started without a name starts again for the same id: no {:already_started, pid} to find it by
            for (ApiFunction g : p.code.tests().childrenNamed() ? p.code.api() : List.<ApiFunction>of()) {
                List<ApiFunction.Clause> cs = g.clauses();
                if (g.arity() == 1 && cs.size() == 1 && cs.get(0).body() != null && !g.name().equals(name)
                        && cs.get(0).body().contains("{:already_started, pid}} -> pid")
                        && Pattern.compile("(?<![\\w.])" + Pattern.quote(name) + "\\(").matcher(cs.get(0).body()).find()
                        && cs.get(0).body().contains("{:ok, pid} -> pid")) {
                    find = g.name();
                    break;
                }
            }
            return Optional.of(new OwnChildStarts(name, p.code.where().get(name + "/1"), call.group(1), find,
                    find == null ? null : p.code.where().get(find + "/1"), param));
        }
        return Optional.empty();
    }

    /**
     * The test's lines after {@code pid} is bound to the supervisor: the child added with a test id, found among its
     * children (and again by the get-or-start function), then removed, so the running application keeps none.
     */
    void write(CodeWriter w, String ref) {
        String id = SketchVars.sample(param);
        FitsSketch.comment(w, start + "/1" + (startAt == null ? "" : " (" + startAt + ")") + " adds a " + child
                + " for the " + param + " it is given; the test removes it at the end.");
        w.binary("{:ok, child}", "=", ref + "." + start + "(" + id + ")");
        w.binary("children", "=", "for {_, c, _, _} <- DynamicSupervisor.which_children(pid), do: c");
        w.line("assert child in children");
        if (find != null) {
            w.blank();
            FitsSketch.comment(w, find + "/1" + (findAt == null ? "" : " (" + findAt + ")") + " starts it again and"
                    + " takes the one running on {:error, {:already_started, pid}}: the same process.");
            w.binary("assert " + ref + "." + find + "(" + id + ")", "==", "child");
        }
        w.blank();
        w.binary("assert :ok", "=", "DynamicSupervisor.terminate_child(pid, child)");
    }
}
