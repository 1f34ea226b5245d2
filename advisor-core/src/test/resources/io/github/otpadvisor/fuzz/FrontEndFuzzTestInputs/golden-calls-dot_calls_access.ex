defmodule Calls.DotAccess do
  @config [timeout: 5_000, retries: 3]

  def anonymous(fun, x) do
    [fun.(x), fun.(), fun.(x, y: 1), fun.(x).(x), (&fun.(&1)).(x), fn -> 1 end.()]
  end

  def remote(mod) do
    [
      mod.run(),
      mod.run,
      :lists.reverse([1, 2]),
      String.Chars.to_string(1),
      __MODULE__.helper(),
      Elixir.Kernel.self(),
      mod.__struct__,
      Mod.Nested.Deep.fun(1)
        .other()
        .last(2)
    ]
  end

  def access(map, list, struct, key) do
    [
      map[:a],
      map["string"],
      map[:a][:b][:c],
      struct.field[key],
      struct.field.other[:x],
      @config[:timeout],
      list[0],
      map[key].field,
      fun(map)[:k],
      %{a: 1}[:a],
      [a: 1][:a],
      map[:a].(1)
    ]
  end

  def put_in_paths(data) do
    data = put_in(data[:a][:b], 1)
    data = update_in(data.config[:retries], &(&1 + 1))
    get_in(data, [:a, Access.key(:b)])
  end

  def aliases do
    [Foo, Foo.Bar, Elixir.Foo, __MODULE__.Sub, alias!(Foo), Foo.__info__(:functions)]
  end

  def helper, do: :ok
  defp fun(x), do: x
end
