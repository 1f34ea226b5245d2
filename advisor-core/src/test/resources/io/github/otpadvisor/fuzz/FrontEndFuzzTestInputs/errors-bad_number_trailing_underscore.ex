timeout = 1_
