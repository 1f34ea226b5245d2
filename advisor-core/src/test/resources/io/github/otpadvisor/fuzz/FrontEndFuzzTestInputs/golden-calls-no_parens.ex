defmodule Calls.NoParens do
  require Logger

  def examples(x, list) do
    IO.puts "no parens"
    IO.inspect x, label: "x"
    Logger.info "started", pid: self()
    send self(), {:msg, x}
    raise ArgumentError, message: "bad"
  after
    :ok
  end

  def nested(a, b) do
    foo bar baz
    foo bar, baz
    foo bar(1), baz 2
    assert some_call a, b
    Enum.map list(), fn x -> x end
  end

  def do_keyword(x) do
    if x, do: :yes, else: :no
    unless x, do: :no
    if(x, do: 1, else: 2)
    if x do :block_yes else :block_no end
  end

  def one_arg_keyword_only, do: foo(a: 1, b: 2)
  def keyword_only_no_parens, do: foo a: 1, b: 2

  def operators_with_no_parens(x) do
    foo x + 1
    foo x + 1, 2
    x = foo 1
    [x, foo(1) + 1]
  end

  def zero_arity(x) do
    {self(), node(), x.field, x.fun(), Mod.fun, Mod.fun()}
  end

  defp foo(x), do: x
  defp foo(x, y), do: {x, y}
  defp bar(x), do: x
  defp bar(x, y), do: {x, y}
  defp baz, do: 1
  defp baz(x), do: x
  defp assert(x), do: x
  defp some_call(a, b), do: a && b
  defp list, do: []
end
