msg = "total: #{total
