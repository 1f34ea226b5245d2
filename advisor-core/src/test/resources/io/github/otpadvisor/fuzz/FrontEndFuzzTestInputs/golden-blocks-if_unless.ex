defmodule Blocks.IfUnless do
  def check(x) do
    if x > 0 do
      :positive
    else
      if x == 0 do
        :zero
      end
    end
  end

  def unless_else(x) do
    unless is_nil(x) do
      x
    else
      :default
    end
  end

  def keyword_forms(x) do
    a = if x, do: 1, else: 2
    b = if(x, do: 1)
    c = unless x, do: 3
    d = if x do 1 else 2 end
    e = if not x, do: (y = 1; y + 1)
    {a, b, c, d, e}
  end

  def empty_blocks(x) do
    if x do
    end

    if x do
    else
    end
  end

  def do_on_next_line(x) do
    if x
    do
      1
    end
  end

  def nested_do(x) do
    if x do
      Enum.each([1], fn y ->
        if y do
          y
        end
      end)
    end
  end
end
