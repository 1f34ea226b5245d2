defmodule Modules.Typespecs do
  @type t :: %__MODULE__{id: integer(), name: String.t() | nil, tags: [atom()]}
  @type result(value) :: {:ok, value} | {:error, reason :: term()}
  @type callback_fun :: (integer(), atom() -> boolean())
  @type zero_arity :: (-> :ok)
  @type any_arity :: (... -> term())
  @type kw :: [timeout: timeout(), name: GenServer.name()]
  @type tuple3 :: {atom(), integer(), float()}
  @type bits :: <<_::8, _::_*4>>
  @type range_t :: 1..10
  @type literals :: :a | :b | 1 | -1 | true | nil | [] | [...] | %{} | {}
  @type map_t :: %{required(:id) => integer(), optional(atom()) => term(), key: value}
  @type remote :: Enum.t() | Keyword.t(atom()) | :erlang.timestamp()
  @type nonempty :: nonempty_list(integer) | maybe_improper_list(a, b)

  defstruct [:id, :name, tags: []]

  @spec new(integer(), keyword()) :: t()
  @spec fetch(t, atom) :: {:ok, term} | :error
  @spec apply(callback_fun, [integer]) :: boolean when callback_fun: (integer -> boolean)
  @spec guarded(x, y) :: {x, y} when x: integer, y: var
  @spec multi_line(
          arg1 :: integer(),
          arg2 :: String.t()
        ) ::
          {:ok, t()}
          | {:error, :invalid}
          | :ignore

  @callback init(args :: term) :: {:ok, state :: term} | {:stop, reason :: term}
  @callback handle(msg :: term, state) :: {:noreply, state} when state: term
  @macrocallback __using__(opts :: keyword) :: Macro.t()
  @optional_callbacks handle: 2, __using__: 1

  def new(id, opts \\ []), do: %__MODULE__{id: id, name: opts[:name]}
  def fetch(t, key), do: Map.fetch(t, key)
  def apply(fun, list), do: Enum.all?(list, fun)
  def guarded(x, y), do: {x, y}
  def multi_line(a, b), do: {:ok, new(a, name: b)}

  @spec operator(t) :: t
  @spec unquote(:dynamic)(integer) :: integer
end
