# Load test run by hand: mix run scripts/load_test.exs
# A one-shot script outside lib/: its processes live as long as the script.

concurrency = String.to_integer(System.get_env("CONCURRENCY", "50"))
url = System.get_env("TARGET_URL", "http://localhost:4000/api/health")
parent = self()

for n <- 1..concurrency do
  spawn(fn ->
    {micros, _resp} = :timer.tc(fn -> Req.get!(url) end)
    send(parent, {:done, n, micros})
  end)
end

timings =
  for _ <- 1..concurrency do
    receive do
      {:done, _n, micros} -> micros
    after
      30_000 -> raise "timed out"
    end
  end

IO.puts("p50: #{Enum.at(Enum.sort(timings), div(concurrency, 2)) / 1000} ms")
