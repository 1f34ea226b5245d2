defmodule MyApp.DataCase do
  use ExUnit.CaseTemplate

  using do
    quote do
      import MyApp.DataCase
    end
  end

  setup do
    server = start_supervised!({MyApp.TestServer, []})
    %{server: server}
  end

  def start_helper_server(opts) do
    {:ok, pid} = MyApp.TestServer.start_link(opts)
    pid
  end
end
