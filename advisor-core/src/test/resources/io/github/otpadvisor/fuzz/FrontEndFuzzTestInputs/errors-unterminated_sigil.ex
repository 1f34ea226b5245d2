pattern = ~r/^\d+
valid? = Regex.match?(pattern, "1")
