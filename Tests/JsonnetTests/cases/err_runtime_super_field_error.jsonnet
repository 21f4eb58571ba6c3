{ a: error "base a" } + { a: super.a + 1 }
