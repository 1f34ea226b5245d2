defmodule Sigils.Delimiters do
  def lowercase do
    [
      ~s(parens \(open only \) escaped ( ok),
      ~s[brackets [ open \] escaped],
      ~s{braces { open \} escaped},
      ~s<angles < open \> escaped>,
      ~s"double \"escaped\" quotes",
      ~s'single \'escaped\' quotes',
      ~s|pipes \| escaped|,
      ~s/slashes \/ escaped/
    ]
  end

  def uppercase do
    [
      ~S(raw \n \) escaped),
      ~S[raw #{not_interpolated} \t],
      ~S{raw \{ braces \}},
      ~S<raw \\ backslashes>,
      ~S"raw \" keeps the backslash",
      ~S'raw \'',
      ~S|raw \||,
      ~S/raw \//
    ]
  end

  def words do
    {~w(alpha beta gamma), ~w[one two]a, ~W{raw#x words}c, ~w<>, ~w"", ~w'a'}
  end

  def charlists do
    {~c(chars), ~C[raw #{chars}], ~c|x\ty|}
  end

  def regexes do
    [~r/^\d+$/, ~r{a/b}i, ~R(raw\d), ~r|x|u, ~r"a"m, ~r'b's, ~r<c>x, ~r[d]f]
  end

  def empty_and_spaces do
    {~s(), ~s( ), ~S[], ~s{ multiple   spaces }}
  end
end
