if Code.ensure_loaded?(Jason) do
  defmodule MyApp.JsonAudit do
    @moduledoc "Only compiled when Jason is available; still production code, still checked."

    def record(event) do
      {:ok, _pid} = Task.start(fn -> MyApp.Audit.write(Jason.encode!(event)) end) # expect: OTP005
      :ok
    end
  end
end
