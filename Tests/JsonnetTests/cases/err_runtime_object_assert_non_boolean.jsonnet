{ assert 1, a: 2 }
