std.sort([(i * 37) % 101 for i in std.range(0, 60)] + ["x"] + [(i * 11) % 53 for i in std.range(0, 40)] + [null])
