defmodule Web.Components do
  def card(assigns) do
    ~HTML"""
    <div class="card">
      <%= @title %>
    </div>
    """
  end

  def query(id), do: ~SQL[select * from t where id = #{id}]xy
  def raw, do: ~REGEX<a\d>
end
