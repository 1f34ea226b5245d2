defmodule Blocks.Captures do
  def examples(list) do
    [
      Enum.map(list, &(&1 * 2)),
      Enum.map(list, & &1),
      Enum.map(list, &{&1, &1}),
      Enum.map(list, &[&1]),
      Enum.map(list, &%{value: &1}),
      Enum.map(list, &"#{&1}"),
      Enum.map(list, &<<&1>>),
      Enum.zip_with(list, list, &(&1 + &2)),
      Enum.sort(list, &(&2 <= &1)),
      Enum.map(list, &String.upcase/1),
      Enum.map(list, &to_string/1),
      Enum.map(list, &Integer.parse(&1, 16)),
      Enum.map(list, &local/1),
      Enum.map(list, &__MODULE__.local/1),
      Enum.map(list, &:erlang.abs/1),
      Enum.map(list, &Kernel.+(&1, 1)),
      Enum.map(list, &local(&1)),
      Enum.map(list, &(&1)),
      Enum.map(list, &if(&1, do: 1, else: 2)),
      Enum.map(list, &elem(&1, 0).field)
    ]
  end

  def captured_functions do
    fun = &local/1
    mod = &Mod.fun/2
    dyn = &mod.fun/0
    qual = &Mod.Sub."quoted fun"/1
    erl = &:lists.map/2
    {fun, mod, dyn, qual, erl, &(&1 |> local()), &fun.(&1), & &1.field}
  end

  defp local(x), do: x
end
