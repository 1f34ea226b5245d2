x = __aliases__
