defmodule Data.Structs do
  defstruct [:id, name: "", tags: [], meta: %{}]

  alias Data.Structs, as: S

  def build(mod, map) do
    [
      %Data.Structs{},
      %__MODULE__{id: 1},
      %S{name: "x", tags: [:a]},
      %mod{},
      %mod{id: 2},
      %_{},
      %@struct{},
      %__MODULE__.Nested{},
      %{map | id: 3},
      %{map | id: 3, name: "y"},
      %S{map | id: 4},
      %__MODULE__{map | tags: []},
      %{"a" => 1, "b" => %{"c" => [1, 2]}},
      %{:a => 1, "b" => 2, c: 3},
      %{{:tuple, :key} => 1, [1] => 2, %{} => 3, 1.0 => 4},
      %{a: %{b: %{c: %{}}}},
      %{},
      %{map | "key" => 1},
      %{
        key: :value,
        other: 1
      }
    ]
  end

  def match(%S{id: id, meta: %{owner: owner}} = s, %{"key" => value}, %mod{} = any, %{^id => pinned}) do
    {id, owner, s, value, mod, any, pinned}
  end

  def update_with_pipe(s) do
    %{s | tags: [:new | s.tags]}
    |> Map.put(:id, 1)
  end

  def struct_update_multiline(s) do
    %__MODULE__{
      s
      | name: "new",
        meta: %{updated: true}
    }
  end

  @struct Data.Structs
end
