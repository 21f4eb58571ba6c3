{ a: self.a + 1 }.a
