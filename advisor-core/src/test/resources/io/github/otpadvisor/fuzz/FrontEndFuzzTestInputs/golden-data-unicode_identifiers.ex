defmodule Data.Unicode do
  def olá(nome), do: "olá, #{nome}"

  def café do
    café = 1
    naïve = café + 1
    größe = naïve * 2
    日本 = größe
    {café, naïve, größe, 日本}
  end

  def atoms, do: [:ñ, :café, :über?, :straße!, :"with space é", :Ünïcödé]

  def keywords, do: [ñ: 1, café: 2, olá?: 3]

  def predicates(x) do
    {valid?(x), save!(x), x.done?, x.run!(), is_ok?(x)}
  end

  def underscores(_ignored, __double, _olá), do: {__MODULE__, __double}

  def valid?(x), do: x != nil
  def save!(x), do: x
  defp is_ok?(x), do: !!x

  def strings, do: ["ação", 'çé', ~s(ünï), :"日本"]
end
