defmodule Modules.Attributes do
  @moduledoc """
  Module attributes of every common kind.
  """
  @moduledoc since: "1.0.0"

  @behaviour GenServer
  @compile {:inline, helper: 1}
  @compile :nowarn_unused_vars
  @timeout 5_000
  @retries Application.compile_env(:my_app, :retries, 3)
  @default_opts [timeout: @timeout, retries: @retries]
  @derive {Jason.Encoder, only: [:id]}
  @external_resource "priv/data.txt"
  @on_load :load
  @dialyzer {:nowarn_function, helper: 1}
  @vsn "1"
  @after_compile __MODULE__
  @before_compile {__MODULE__, :before}

  @doc false
  def load, do: :ok

  @doc """
  Returns the timeout.
  """
  @doc since: "1.1.0"
  @spec timeout() :: pos_integer()
  def timeout, do: @timeout

  @impl true
  def init(state), do: {:ok, state}

  @impl GenServer
  def handle_call(:opts, _from, state), do: {:reply, @default_opts[:timeout], state}

  @deprecated "Use timeout/0 instead"
  def old_timeout, do: @timeout

  @doc ~S"""
  Raw doc with #{interpolation} shown literally.
  """
  def raw_doc, do: :ok

  defp helper(x), do: x

  @attr_read @timeout * 2
  def read_attrs, do: {@attr_read, @default_opts, Module.get_attribute(__MODULE__, :vsn)}

  @typedoc "An identifier"
  @type id :: pos_integer
  @opaque secret :: binary
  @typep internal :: atom

  @moduledoc false
  @unknown_attribute_with(parens)
end
