{
  xor: [std.xor(a, b) for a in [true, false] for b in [true, false]],
  xnor: [std.xnor(a, b) for a in [true, false] for b in [true, false]],
  named: [std.xor(y=true, x=false), std.xnor(x=true, y=true)],
  id: [std.id(1), std.id("é"), std.id([null]), std.id(x={a: 1}), std.id(std.id)(3)],
}
