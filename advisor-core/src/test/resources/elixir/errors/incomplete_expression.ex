total = price *
