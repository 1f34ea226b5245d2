key = :"with space
