local point = {
  x: 3,
  y: 4,
  scaled(k):: { x: $.x * k, y: $.y * k },
  dist2():: self.x * self.x + self.y * self.y,
  withDefault(k=2):: self.x * k,
};
{
  scaled: point.scaled(2),
  dist2: point.dist2(),
  withDefault: [point.withDefault(), point.withDefault(5)],
  method_visible_is_function: std.isFunction({ f(x): x }.f),
}
