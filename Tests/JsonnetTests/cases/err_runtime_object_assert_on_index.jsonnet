{ assert false : "checked on access", a: 1 }.a
