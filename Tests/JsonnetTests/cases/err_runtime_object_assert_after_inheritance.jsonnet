local base = { assert self.n >= 0 : "n must be non-negative", n: 1 };
base { n: -1 }
