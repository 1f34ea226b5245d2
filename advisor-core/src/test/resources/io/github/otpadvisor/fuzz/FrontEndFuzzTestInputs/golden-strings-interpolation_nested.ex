defmodule Strings.Interpolation do
  def simple(name), do: "hello #{name}"
  def empty_interpolation, do: "a#{}b"
  def only_interpolation(x), do: "#{x}"
  def adjacent(a, b), do: "#{a}#{b}"
  def expression(a, b), do: "sum=#{a + b}, list=#{inspect([a, b])}"

  def nested(a, b) do
    "level1 #{"level2 #{"level3 #{a <> "level4 #{b}"}"}"} done"
  end

  def with_block(x) do
    "result: #{case x do
      :ok -> "fine"
      _ -> "not #{x}"
    end}"
  end

  def charlist(x), do: 'value #{x} and #{'nested #{x}'}'

  def in_atom(kind, id), do: :"#{kind}_#{id}"
  def in_atom_prefix(x), do: :"prefix_#{x}"
  def in_keyword(x), do: ["key_#{x}": 1, "#{x}": 2, static: 3]
  def in_map_key(x), do: %{"dyn_#{x}": x}

  def in_sigil(x), do: ~s(sigil #{"string #{x}"})

  def escapes_around(x), do: "\"#{x}\"\n\t#{x}\\"

  def multiline(x) do
    "line one #{x}
    line two keeps its leading spaces
    #{x} last"
  end

  def semicolons_inside(x), do: "#{x; x + 1}"
  def comment_inside(x), do: "#{x # a comment inside interpolation
    }"
end
