defmodule Blocks.Try do
  require Logger

  def run(fun) do
    try do
      fun.()
    rescue
      e in [ArgumentError, KeyError] ->
        Logger.error(Exception.message(e))
        {:error, :bad_argument}

      e in RuntimeError -> {:error, e.message}
      _ -> :unknown
    catch
      :exit, {:timeout, _} -> {:error, :timeout}
      :throw, value -> {:thrown, value}
      kind, reason when kind in [:error, :exit] -> {kind, reason}
    else
      {:ok, value} -> value
      other -> other
    after
      Logger.flush()
    end
  end

  def implicit_try(x) do
    String.to_integer(x)
  rescue
    ArgumentError -> :error
  catch
    value -> value
  else
    n when n > 0 -> n
  after
    :cleanup
  end

  def only_after do
    try do
      :ok
    after
      :cleanup
    end
  end

  def reraise_it(fun) do
    try do
      fun.()
    rescue
      exception ->
        reraise exception, __STACKTRACE__
    end
  end

  def empty_try, do: try(do: nil, after: nil)
end
