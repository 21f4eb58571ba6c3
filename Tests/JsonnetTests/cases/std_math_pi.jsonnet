{
  pi: std.pi,
  type: std.type(std.pi),
  hidden: [std.objectHasAll(std, 'pi'), std.objectHas(std, 'pi')],
  deg2rad: std.deg2rad(180) == std.pi,
  sin: std.sin(std.pi),
  cos: std.cos(std.pi / 3),
}
