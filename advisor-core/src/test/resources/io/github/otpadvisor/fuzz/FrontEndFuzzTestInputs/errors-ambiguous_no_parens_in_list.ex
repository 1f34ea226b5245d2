list = [f a, b]
