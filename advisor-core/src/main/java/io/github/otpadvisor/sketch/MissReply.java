package io.github.otpadvisor.sketch;

import io.github.otpadvisor.sketch.SketchPlan.Op;

/**
 * A call made with ids nothing has, as a test's sample values are, asserted as {@link ProjectTests.Miss} says the
 * code answers them: exactly the {@code :ok} of the cast its miss branch returns (rube's FeedIndexer.get/2), or an
 * {@code {:error, _}} / a reply that is not {@code {:ok, _}} where a {@code with} stops at its first lookup (rube's
 * PairBuilder.fetch/2). A reader: a test that "accepts every result get can return" or only calls the function
 * "asserts nothing".
 */
final class MissReply {
    private MissReply() {
    }

    /** Whether {@code miss} says what {@code op} (a call) answers for the test's values. */
    static boolean applies(Op op, ProjectTests.Miss miss) {
        return miss != null && !op.async() && op.params().contains(miss.param());
    }

    /** The assertion, with why; {@code returns} is the op's @spec return type as written, or null. */
    static void write(CodeWriter w, Op op, String call, ProjectTests.Miss miss, String returns) {
        SpecKinds spec = SpecKinds.of(returns);
        if (":ok".equals(miss.reply())) {
            boolean left = spec != null && spec.guard() == null && !spec.patterns().contains(":ok");
            FitsSketch.comment(w, "The test's " + miss.param() + " is one nothing has: " + miss.missed()
                    + ", and the reply is what the cast after it returns, :ok" + (left
                    ? ", which its @spec (" + returns + ") leaves out." : "."));
            w.binary("assert :ok", "=", call);
            return;
        }
        boolean error = spec != null && spec.guard() == null && spec.patterns().contains("{:error, _}");
        FitsSketch.comment(w, "The test's " + miss.param() + " is one nothing has: " + miss.missed()
                + ", so the with there stops" + (error ? " with the {:error, _} its @spec gives." : ":"
                + " the reply is not {:ok, _}."));
        if (error) {
            w.binary("assert {:error, _}", "=", call);
        } else {
            w.line("refute match?({:ok, _}, " + call + ")");
        }
    }
}
