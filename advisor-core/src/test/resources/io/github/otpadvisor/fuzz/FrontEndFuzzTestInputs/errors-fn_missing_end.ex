callback = fn x -> x + 1
