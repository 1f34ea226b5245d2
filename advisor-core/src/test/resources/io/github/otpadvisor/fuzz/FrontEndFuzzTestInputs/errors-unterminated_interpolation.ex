IO.puts("total: #{total)
