self.a in self.b
