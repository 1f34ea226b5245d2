defmodule Built do
  def x, do: spawn(fn -> :ok end)
