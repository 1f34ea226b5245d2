# Inventory for OTP019 (invalid-callback-return), independent of the analyzer: with Elixir's own parser, the
# last expressions of the handle_* clauses of `use GenServer` modules that gen_server rejects (a bare atom or
# literal, the :ok of Logger/IO.puts/Enum.each/GenServer.cast written last, a {tag, ..} tuple the callback has no use
# for). Does not follow try/catch or nested modules of other behaviours: compare, do not trust, both ways.
#
#   find APP -name "*.ex" -not -path "*/test/*" -not -path "*/deps/*" | xargs elixir scripts/inventory-bad-returns.exs

# Inventory: GenServer handle_* clause returns that gen_server rejects (independent of the analyzer).
defmodule Inv do
  def lasts({:__block__, _, es}) when es != [], do: lasts(List.last(es))
  def lasts({k, _, [_c, kw]}) when k in [:if, :unless] and is_list(kw), do: Enum.flat_map(Keyword.values(kw), &lasts/1)
  def lasts({:case, _, [_, [do: cls]]}), do: Enum.flat_map(cls, fn {:->, _, [_, b]} -> lasts(b) end)
  def lasts({:cond, _, [[do: cls]]}), do: Enum.flat_map(cls, fn {:->, _, [_, b]} -> lasts(b) end)
  def lasts({:with, _, args}) do
    kw = List.last(args)
    d = lasts(Keyword.get(kw, :do))
    e = case Keyword.get(kw, :else) do nil -> []; cls -> Enum.flat_map(cls, fn {:->, _, [_, b]} -> lasts(b) end) end
    d ++ e
  end
  def lasts(x), do: [x]

  def line(x) do
    case x do
      {_, m, _} when is_list(m) -> m[:line]
      {a, _} -> line(a)
      _ -> nil
    end
  end

  def bad(cb, x) do
    case x do
      a when is_atom(a) -> true
      n when is_number(n) or is_binary(n) or is_list(n) -> true
      {:%{}, _, _} -> true
      {{:., _, [{:__aliases__, _, [:Logger]}, _]}, _, _} -> true
      {{:., _, [{:__aliases__, _, [:IO]}, f]}, _, _} when f in [:puts, :write, :warn] -> true
      {{:., _, [{:__aliases__, _, [:Enum]}, :each]}, _, _} -> true
      {{:., _, [{:__aliases__, _, [:Process]}, f]}, _, _} when f in [:send_after, :cancel_timer] -> true
      {{:., _, [{:__aliases__, _, [:GenServer]}, :cast]}, _, _} -> true
      {t, _} when is_atom(t) -> t != :noreply
      {:{}, _, [t | _]} when is_atom(t) -> not (t in [:noreply, :stop] or (t == :reply and cb == :handle_call))
      _ -> false
    end
  end
end

defmodule R do
  def report(f, cb, m, body) do
    for x <- Inv.lasts(body), Inv.bad(cb, x) do
      IO.puts("#{f}:#{Inv.line(x) || m[:line]}\t#{cb}\t#{String.slice(Macro.to_string(x), 0, 80)}")
    end
  end
end

for f <- System.argv() do
  with {:ok, src} <- File.read(f), {:ok, ast} <- Code.string_to_quoted(src, columns: true) do
    {_, _} = Macro.prewalk(ast, nil, fn
      {:defmodule, _, [_, [do: body]]} = n, acc ->
        gen = Macro.prewalk(body, false, fn
          {:use, _, [{:__aliases__, _, [:GenServer]} | _]} = q, _ -> {q, true}
          q, a -> {q, a} end) |> elem(1)
        if gen do
          Macro.prewalk(body, nil, fn
            {d, _, [{:when, _, [{cb, m, args} | _]}, kw]} = q, a when d in [:def, :defp] and cb in [:handle_info, :handle_cast, :handle_call, :handle_continue] and is_list(kw) and is_list(args) ->
              R.report(f, cb, m, Keyword.get(kw, :do)); {q, a}
            {d, _, [{cb, m, args}, kw]} = q, a when d in [:def, :defp] and cb in [:handle_info, :handle_cast, :handle_call, :handle_continue] and is_list(kw) and is_list(args) ->
              R.report(f, cb, m, Keyword.get(kw, :do)); {q, a}
            q, a -> {q, a} end)
        end
        {n, acc}
      n, acc -> {n, acc}
    end)
  end
end
