defmodule Strings.QuotedAtoms do
  def atoms do
    [
      :"with space",
      :"Elixir.Foo",
      :"Elixir.Foo.Bar",
      :"foo",
      :"foo?",
      :"123",
      :"",
      :'single quoted',
      :"with \"escape\"",
      :"new\nline",
      :"::",
      :"@",
      :"end",
      :"do"
    ]
  end

  def keywords do
    ["a b": 1, "foo": 2, 'single': 3, "end": 4, "nil": 5, "Elixir.Mod": 6]
  end

  def call_with_quoted_keywords do
    configure("max-age": 60, "content-type": "text/plain")
  end

  def remote_calls(mod) do
    Mod."fun"()
    Mod."with space"(1)
    Kernel."+"(1, 2)
    :erlang."=:="(1, 1.0)
    mod."dynamic"(1)
    __MODULE__."quoted"()
    Mod.'single'(:x)
  end

  def unusual_plain_atoms do
    [:foo?, :bar!, :_, :__, :Foo, :"Foo.bar", :foo@bar, :a1, :"1a", :nil, :true, :false]
  end

  defp configure(opts), do: opts
end
