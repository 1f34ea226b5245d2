when = 1
