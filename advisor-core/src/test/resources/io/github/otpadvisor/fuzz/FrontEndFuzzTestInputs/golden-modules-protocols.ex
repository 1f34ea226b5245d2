defprotocol Modules.Size do
  @moduledoc "Computes a size."
  @fallback_to_any true

  @doc "Returns the size"
  @spec size(t) :: non_neg_integer()
  def size(data)

  def empty?(data)
end

defimpl Modules.Size, for: BitString do
  def size(binary), do: byte_size(binary)
  def empty?(binary), do: binary == ""
end

defimpl Modules.Size, for: [List, Tuple] do
  def size(list) when is_list(list), do: length(list)
  def size(tuple), do: tuple_size(tuple)
  def empty?(data), do: size(data) == 0
end

defimpl Modules.Size, for: Any do
  defmacro __deriving__(module, _struct, _opts) do
    quote do
      defimpl Modules.Size, for: unquote(module) do
        def size(_), do: 0
        def empty?(_), do: true
      end
    end
  end

  def size(_), do: 0
  def empty?(_), do: true
end

defmodule Modules.Box do
  defstruct items: []

  defimpl Modules.Size do
    def size(%{items: items}), do: length(items)
    def empty?(box), do: box.items == []
  end

  defimpl String.Chars do
    def to_string(box), do: "#Box<#{length(box.items)}>"
  end
end
