assert true : "msg" 42
