defmodule Modules.Macros do
  defmacro __using__(opts) do
    timeout = Keyword.get(opts, :timeout, 5_000)

    quote location: :keep do
      @behaviour unquote(__MODULE__)
      import unquote(__MODULE__), only: [debug: 1]
      @timeout unquote(timeout)

      def timeout, do: @timeout
      defoverridable timeout: 0
    end
  end

  defmacro debug(expr) do
    code = Macro.to_string(expr)

    quote do
      value = unquote(expr)
      IO.puts("#{unquote(code)} = #{inspect(value)}")
      value
    end
  end

  defmacro call_all(funs) do
    calls = Enum.map(funs, fn name -> quote(do: unquote(name)()) end)
    quote do: [unquote_splicing(calls)]
  end

  defmacro defgetter(name, value) do
    quote bind_quoted: [name: name, value: value] do
      def unquote(name)(), do: unquote(value)
    end
  end

  defmacrop private_macro(x), do: x

  def quoted_literals do
    [
      quote(do: 1 + 2),
      quote(do: :atom),
      quote(do: unquote(1 + 2)),
      quote(unquote: false, do: unquote(x)),
      quote do
        def unquote(:"name_#{1}")(unquote_splicing([1, 2])), do: :ok
      end,
      quote(context: Elixir, do: var!(x) = 1),
      Macro.escape(%{a: 1})
    ]
  end

  defmacro caller_info do
    line = __CALLER__.line
    module = __CALLER__.module
    quote do: {unquote(line), unquote(module), __ENV__.function}
  end
end
