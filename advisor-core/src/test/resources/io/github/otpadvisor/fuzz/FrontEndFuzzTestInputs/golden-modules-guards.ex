defmodule Modules.Guards do
  defguard is_positive(x) when is_integer(x) and x > 0
  defguard is_even(value) when is_integer(value) and rem(value, 2) == 0
  defguardp is_small(x) when x in -10..10
  defguard is_status(code) when code in [200, 201, 204] or (code >= 400 and code < 600)

  def check(x) when is_positive(x) and is_even(x), do: :positive_even
  def check(x) when is_small(x), do: :small
  def check(x) when is_float(x) or is_binary(x) and byte_size(x) > 0, do: :other
  def check(x) when not is_nil(x) when x == nil, do: :fallback

  def map_guard(m) when is_map_key(m, :id) and map_size(m) > 1, do: m.id
  def tuple_guard(t) when tuple_size(t) == 2 and elem(t, 0) == :ok, do: elem(t, 1)
  def struct_guard(%mod{} = s) when mod == URI or is_struct(s, Date), do: s
  def bin_guard(b) when binary_part(b, 0, 1) == "a" and bit_size(b) > 8, do: b
  def exc(e) when is_exception(e, ArgumentError), do: e
  def list_guard([h | _]) when hd([h]) == h and length([h]) == 1 and h != [], do: h

  def multi_line_guard(a, b)
      when is_integer(a) and
             is_integer(b) and
             a > b do
    a - b
  end

  def in_case(x) do
    case x do
      n when is_positive(n) -> :pos
      _ -> :other
    end
  end
end
