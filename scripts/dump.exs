# Reference dumper: Elixir's own reading of Elixir source, for otp-advisor's golden files and
# fidelity measurement.
#
#   elixir scripts/dump.exs OUT_DIR BASE_DIR FILE...
#   find DIR -name '*.ex' | elixir scripts/dump.exs OUT_DIR BASE_DIR      (one path per line on stdin)
#
# For each FILE (read as raw bytes, no BOM stripping, no newline conversion):
#
#   * it parses: writes OUT_DIR/<FILE relative to BASE_DIR>.ast containing
#       inspect(Code.string_to_quoted!(source), limit: :infinity, printable_limit: :infinity)
#     followed by exactly one "\n";
#   * SyntaxError / TokenMissingError: writes OUT_DIR/<rel>.err containing what Elixir shows after
#     "** (SyntaxError) nofile:" without the source snippet, i.e. "LINE:COLUMN: DESCRIPTION"
#     ("LINE: DESCRIPTION" when the error has no column, ": DESCRIPTION" when it has no line),
#     followed by exactly one "\n". DESCRIPTION is verbatim and may itself span several lines;
#   * any other exception (e.g. invalid UTF-8): writes <rel>.err containing
#     "** (Module) message" followed by "\n".
#
# Writing one kind removes a stale file of the other kind. Parser/tokenizer warnings are not
# emitted (emit_warnings: false only silences them; it does not change what is parsed). A summary
# goes to stderr; exit status 0 even when files fail to parse (2 on bad usage).

defmodule OtpAdvisor.Dump do
  @inspect_opts [limit: :infinity, printable_limit: :infinity]

  def main(argv) do
    case argv do
      [out_dir, base_dir | files] ->
        files =
          if files == [] do
            IO.stream(:stdio, :line)
            |> Stream.map(&String.trim_trailing(&1, "\n"))
            |> Stream.map(&String.trim_trailing(&1, "\r"))
            |> Stream.reject(&(&1 == ""))
          else
            files
          end

        started = System.monotonic_time(:millisecond)
        base = Path.expand(base_dir)

        {ok, err} =
          Enum.reduce(files, {0, 0}, fn file, {ok, err} ->
            case dump_file(file, base, out_dir) do
              :ok -> {ok + 1, err}
              :error -> {ok, err + 1}
            end
          end)

        ms = System.monotonic_time(:millisecond) - started
        IO.puts(:stderr, "dump.exs: #{ok} parsed, #{err} errors, #{ms} ms")

      _ ->
        IO.puts(:stderr, "usage: elixir scripts/dump.exs OUT_DIR BASE_DIR [FILE...]  (files from stdin when none given)")
        System.halt(2)
    end
  end

  def dump_file(file, base, out_dir) do
    rel = relative(file, base)
    target = Path.join(out_dir, rel)

    {ext, content, result} =
      try do
        source = File.read!(file)
        {ext, text} = render(source)
        {ext, text, if(ext == ".ast", do: :ok, else: :error)}
      rescue
        e -> {".err", "** (#{inspect(e.__struct__)}) #{Exception.message(e)}", :error}
      end

    other = if ext == ".ast", do: ".err", else: ".ast"
    File.mkdir_p!(Path.dirname(target))
    File.write!(target <> ext, [content, ?\n])
    File.rm(target <> other)
    result
  rescue
    e ->
      IO.puts(:stderr, "dump.exs: cannot write dump for #{file}: #{Exception.message(e)}")
      :error
  end

  # Returns {".ast", inspected_ast} or {".err", "LINE:COLUMN: DESCRIPTION"}.
  def render(source) do
    try do
      ast = Code.string_to_quoted!(source, emit_warnings: false)
      {".ast", inspect(ast, @inspect_opts)}
    rescue
      e in [SyntaxError, TokenMissingError] ->
        # Exactly the header Elixir prints ("nofile:L:C: description"), minus the snippet lines
        # and the "nofile:" prefix.
        message = Exception.message(%{e | snippet: nil, file: "nofile"})
        {".err", String.replace_prefix(message, "nofile:", "")}
    end
  end

  defp relative(file, base) do
    expanded = Path.expand(file)

    case Path.relative_to(expanded, base) do
      ^expanded -> String.trim_leading(expanded, "/")
      rel -> rel
    end
  end
end

OtpAdvisor.Dump.main(System.argv())
