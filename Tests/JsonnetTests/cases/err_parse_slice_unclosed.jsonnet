"hello"[1:
