# Leading comment
defmodule Misc.Comments do # after defmodule do
  # before a function
  @moduledoc false # after an attribute

  def f(a, # after the first argument
        b) do
    list = [
      1, # after an element
      # on its own line inside a list
      2
      # before the closing bracket
    ]

    map = %{
      # inside a map
      a: 1 # trailing
    }

    x = a + # after an operator
      b

    a
    |> g() # after a pipe stage
    # between pipe stages
    |> g()

    {list, map, x, "# not a comment", '# nor this', ~s(# nor this), ?#}
    # before end
  end # after end

  defp g(x), do: x #no space after hash
  #
  # multiple
  # comment lines
end
# trailing comment without newline at end