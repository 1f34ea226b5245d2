defmodule Modules.Directives do
  use GenServer, restart: :transient
  use Ecto.Schema

  import Kernel, except: [inspect: 1]
  import Enum, only: [map: 2, filter: 2]
  import String, only: :functions
  import Bitwise

  alias Modules.Directives.Helper
  alias Modules.Directives.Helper, as: H
  alias Modules.{Attributes, Typespecs}
  alias Modules.Deep.{Nested.One, Nested.Two, Three}
  alias __MODULE__.{Child, Sibling}
  alias :ets, as: ETS
  alias Elixir.String, warn: false

  require Logger
  require Integer, as: I
  require Modules.Macros

  def uses do
    alias Local.Thing
    import List, only: [first: 1]
    {Thing, Helper, H, Attributes, Typespecs, One, Two, Three, Child, Sibling, ETS, I}
  end

  def multi_alias_multiline do
    alias Modules.{
      First,
      Second.Third,
      Fourth
    }

    [First, Third, Fourth]
  end
end
