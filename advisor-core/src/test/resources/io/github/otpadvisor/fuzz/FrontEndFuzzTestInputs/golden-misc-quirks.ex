defmodule Misc.Quirks do
  # Constructs that Elixir 1.14 accepts, several of them with a warning.
  def chars, do: [? , ?
, ?\s]

  def deprecated_not_in(x, y), do: not x in y

  def pipe_into_no_parens(x), do: x |> foo 1

  def remote_on_integer, do: 1.e5

  def amp_op_division(x), do: &&&/2 + x

  def tilde_atom, do: [:~~~, :"Elixir.Foo", :"Elixir.foo", :"Foo", :Elixir]

  def empty_stab(x) do
    case x do
      :a ->
    end
  end

  def empty_parens, do: ()

  def do_keyword_newlines(x),
    do:
      x

  def trailing_comma_list, do: [1, 2,]

  def nested_empty, do: [[], {}, %{}, <<>>, "", ~c"", (;)]

  defp foo(x, y), do: {x, y}
end
