opts = [timeout: 5_000, :verbose]
