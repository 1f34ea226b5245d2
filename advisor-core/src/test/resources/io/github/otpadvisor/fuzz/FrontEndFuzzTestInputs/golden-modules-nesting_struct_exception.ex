defmodule Outer do
  @moduledoc false

  defmodule Inner do
    defstruct name: nil, count: 0

    defmodule Deeper do
      def path, do: __MODULE__
    end
  end

  defmodule Error do
    defexception [:reason, message: "outer failed"]

    @impl true
    def exception(reason), do: %__MODULE__{reason: reason, message: "failed: #{inspect(reason)}"}
  end

  defmodule NotFound, do: defexception([:id])

  defmodule Simple do
    defexception message: "simple"
  end

  defmodule Config do
    @enforce_keys [:host]
    defstruct [:host, port: 4000, ssl: false]
  end

  def build do
    %Inner{name: "x"}
  end

  def fail!(reason), do: raise(Error, reason)
  def fail_msg!, do: raise("plain message")
  def fail_struct!, do: raise(%Simple{})
end

defmodule Outer.Sibling do
  alias Outer.Inner
  def make, do: %Inner{}
end

defmodule :erlang_style_module do
  def hello, do: :world
end
