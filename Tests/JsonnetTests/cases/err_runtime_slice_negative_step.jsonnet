'abcdef'[::-1]
