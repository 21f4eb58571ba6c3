{ a: 1 } + { [super.a]: 2 }
