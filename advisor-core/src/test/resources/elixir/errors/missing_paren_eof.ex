IO.puts("unfinished", 
