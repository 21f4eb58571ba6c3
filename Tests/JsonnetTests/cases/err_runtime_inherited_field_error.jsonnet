local base = { a: error "abstract field a" };
base { b: 2 }
