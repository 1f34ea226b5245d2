package io.github.otpadvisor.facts.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.otpadvisor.facts.FileFacts;
import io.github.otpadvisor.facts.TestPreamble;
import io.github.otpadvisor.facts.TestStart;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How a project's test gets to its start, cut from the file as written: a test sketch copies it to start the process
 * the same way (logflare's BillingWriter test starts it in its setup with what the setup inserts; readers capped
 * every report that only pointed at such a test at 3).
 */
class TestPreamblesTest {
    @TempDir
    Path root;

    private TestStart startIn(String file, String source) throws IOException {
        Path p = root.resolve(file);
        Files.createDirectories(p.getParent());
        Files.writeString(p, source);
        FileFacts f = new FileFactsExtractor(root).extract(p);
        return f.testStarts().get(0);
    }

    @Test
    void aStartInATestKeepsItsSetupsHelpersContextAndTheLinesBeforeIt() throws IOException {
        TestStart s = startIn("test/shop/writer_test.exs", """
                defmodule Shop.WriterTest do
                  use Shop.DataCase
                  alias Shop.Writer
                  import Shop.Factory

                  setup do
                    user = insert(:user)
                    {:ok, user: user}
                  end

                  describe "writes" do
                    setup :with_source

                    test "counts", %{user: user, source: source} do
                      plan = insert(:plan, user: user)
                      # the writer
                      {:ok, pid} =
                        Writer.start_link(
                          source: source,
                          plan: plan
                        )

                      assert is_pid(pid)
                    end
                  end

                  defp with_source(%{user: user}) do
                    %{source: make_source(user)}
                  end

                  defp make_source(user), do: insert(:source, user: user)
                end
                """);
        TestPreamble p = s.preamble();
        assertEquals(List.of("alias Shop.Writer", "import Shop.Factory"), p.header());
        assertEquals(List.of("setup do\n  user = insert(:user)\n  {:ok, user: user}\nend", "setup :with_source"),
                p.setups());
        assertEquals(List.of("defp with_source(%{user: user}) do\n  %{source: make_source(user)}\nend",
                "defp make_source(user), do: insert(:source, user: user)"), p.helpers());
        assertEquals("%{user: user, source: source}", p.context());
        assertEquals("plan = insert(:plan, user: user)\n# the writer", p.before());
        assertEquals("{:ok, pid} =\n  Writer.start_link(\n    source: source,\n    plan: plan\n  )", p.statement());
        assertEquals("pid", p.pid());
        assertNull(p.contextPid());
    }

    @Test
    void aStartInASetupKeepsThatSetupAndTheKeyItGivesThePidUnder() throws IOException {
        TestStart s = startIn("test/shop/billing_test.exs", """
                defmodule Shop.BillingTest do
                  use ExUnit.Case

                  setup do
                    source = %{id: 1}
                    pid = start_supervised!({Shop.Billing, source: source})
                    {:ok, pid: pid, source: source}
                  end

                  test "writes", %{pid: pid} do
                    send(pid, :write)
                  end
                end
                """);
        TestPreamble p = s.preamble();
        assertEquals(List.of("setup do\n  source = %{id: 1}\n  pid = start_supervised!({Shop.Billing, source: source})\n"
                + "  {:ok, pid: pid, source: source}\nend"), p.setups());
        assertNull(p.statement());
        assertEquals("pid", p.contextPid());
    }

    @Test
    void codeReadingAModuleAttributeIsNotCopied() throws IOException {
        TestStart s = startIn("test/shop/timer_test.exs", """
                defmodule Shop.TimerTest do
                  use ExUnit.Case
                  @interval 10

                  test "ticks" do
                    {:ok, pid} = Shop.Timer.start_link(interval: @interval)
                    assert is_pid(pid)
                  end
                end
                """);
        assertNull(s.preamble());
    }
}
