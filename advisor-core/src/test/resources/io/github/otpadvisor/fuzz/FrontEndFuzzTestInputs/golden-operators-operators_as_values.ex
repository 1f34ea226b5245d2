defmodule Ops.AsValues do
  def atoms do
    [
      :+, :-, :*, :/, :++, :--, :<>, :==, :!=, :===, :!==, :<, :>, :<=, :>=, :=~,
      :&&, :||, :!, :&&&, :|||, :^^^, :<<<, :>>>, :~~~, :<~, :~>, :<~>, :<|>, :<<~, :~>>,
      :|>, :., :.., :"..//", :..., :"::", :\\, :<-, :->, :"=>", :|, :=, :^, :&, :@,
      :"not in", :in, :not, :and, :or, :when, :**, :+++, :---, :%, :%{}, :{}, :<<>>
    ]
  end

  def captures do
    [
      &+/2,
      &-/1,
      &Kernel.+/2,
      &Kernel.<>/2,
      &Kernel.in/2,
      &Kernel.!/1,
      &===/2,
      &<>/2,
      &../2,
      &&&/2,
      &(&&&/2),
      &|||/2,
      &Bitwise.&&&/2,
      &is_atom/1,
      &and/2
    ]
  end

  def reduce(list), do: Enum.reduce(list, 0, &+/2)
  def apply_op(op, a, b), do: apply(Kernel, op, [a, b])
  def as_keyword, do: [+: 1, -: 2, "::": 3, |||: 4, <>: 5, in: 6, when: 7, ..: 8, &&: 9]
end
