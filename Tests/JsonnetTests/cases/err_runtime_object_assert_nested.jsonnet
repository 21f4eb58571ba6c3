{
  server: {
    name: "web",
    assert std.length(self.name) > 5 : "name too short",
  },
}
