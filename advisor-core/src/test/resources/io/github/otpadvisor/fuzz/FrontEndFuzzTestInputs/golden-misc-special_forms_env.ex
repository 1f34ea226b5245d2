defmodule Misc.SpecialForms do
  def env do
    {__MODULE__, __ENV__, __ENV__.module, __ENV__.function, __DIR__, __STACKTRACE__}
  end

  defmacro where do
    {__CALLER__.file, __CALLER__.line, __CALLER__.function}
  end

  def special do
    [
      __MODULE__,
      __MODULE__.Child,
      super(),
      ^pinned,
      _,
      _underscored,
      __info__,
      %{__struct__: Foo},
      var!(x),
      alias!(Y),
      __cursor__()
    ]
  end

  def receive_like_keywords, do: [do: 1, end: 2, fn: 3, catch: 4, rescue: 5, after: 6, else: 7]

  def identifiers_near_keywords(do_this, end_that, fn_name, nil_value, true_value) do
    {do_this, end_that, fn_name, nil_value, true_value}
  end

  def dot_keywords(map), do: {map.do, map.end, map.fn, map.nil, map.true, map.and, map.when}
end
