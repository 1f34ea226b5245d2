package io.github.otpadvisor.facts.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.elixir.ElixirFrontEnd;
import io.github.otpadvisor.elixir.ParseResult;
import io.github.otpadvisor.facts.ApplicationCallback;
import org.junit.jupiter.api.Test;

/** What a mix.exs's application/0 says of the module starting the application runs (issue 11, gristle). */
class ApplicationCallbackTest {
    private static final ElixirFrontEnd PARSER = new ElixirFrontEnd();

    private static ApplicationCallback of(String application) {
        ParseResult r = PARSER.parse("""
                defmodule Robot.MixProject do
                  use Mix.Project
                  @app :robot
                  def project, do: [app: @app, version: "0.1.0"]
                %s
                end
                """.formatted(application));
        assertTrue(r.ok(), String.valueOf(r.error()));
        return MixAliases.applicationCallback(r.ast(), "mix.exs");
    }

    @Test
    void aModEntryNamesTheCallbackModule() {
        ApplicationCallback c = of("  def application, do: [mod: {Robot.Application, []}, extra_applications: [:logger]]");
        assertTrue(c.declared());
        assertEquals("Robot.Application", c.module());
        assertEquals(5, c.location().line());
    }

    @Test
    void aModCommentedOutNamesNone() {
        // gristle's nerves_ground_robot_deprecated/mix.exs
        ApplicationCallback c = of("""
                  def application do
                    [
                      # mod: {Common.Application, []},
                      extra_applications: [:logger, :runtime_tools]
                    ]
                  end
                """);
        assertFalse(c.declared());
        assertNull(c.module());
    }

    @Test
    void noApplicationFunctionIsMixsDefaultWhichNamesNone() {
        assertFalse(of("").declared());
        assertFalse(of("  def application, do: []").declared());
    }

    @Test
    void aModWrittenOtherwiseIsDeclaredWithoutAModule() {
        ApplicationCallback c = of("  def application, do: [mod: mod(Mix.target())]\n  defp mod(_), do: {Robot.App, []}");
        assertTrue(c.declared());
        assertNull(c.module());
    }

    @Test
    void aListBuiltInCodeIsNotKnown() {
        assertNull(of("  def application, do: application(Mix.env())\n  def application(:test), do: []"));
        assertNull(of("  def application, do: [extra_applications: [:logger]] ++ extra()"));
    }
}
