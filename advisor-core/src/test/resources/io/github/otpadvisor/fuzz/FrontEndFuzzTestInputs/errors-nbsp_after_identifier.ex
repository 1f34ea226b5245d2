value = 1
