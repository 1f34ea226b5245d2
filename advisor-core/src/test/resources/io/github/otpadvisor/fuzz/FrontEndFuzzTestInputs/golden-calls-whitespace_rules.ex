defmodule Calls.Whitespace do
  def unary_vs_binary(foo, x) do
    foo -1
    foo - 1
    foo-1
    foo -x
    foo - x
    foo +1
    foo + 1
    foo+1
    foo.bar -1
    foo.bar - 1
    foo.bar(-1)
    foo.bar -1, 2
    foo ^x
    foo !x
    foo not x
    foo &1
    foo -1 - 1
    foo - -1
    foo --1
  end

  def brackets(foo, x) do
    foo [1]
    foo[1]
    foo [1], [2]
    foo.bar [1]
    foo.bar[1]
    foo (1)
    foo(1)
    foo (1), 2
    foo (1 + 2) * 3
    foo.(1)
    foo {1, 2}
    foo %{a: 1}
    foo ~s(sigil)
    foo "string"
    foo :atom
    foo @attr
    foo ?a
    foo x
  end

  def mixed(a, b, c) do
    a b c
    a b, c
    a b -c
    a.b c
    a -b.c
    a.b.c d
    a -1..2
    a [b] ++ [c]
  end

  def newlines_end_args(foo) do
    foo 1,
      2,
      3

    foo(
      1,
      2
    )

    foo
    -1
  end
end
