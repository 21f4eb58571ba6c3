{
  value(v):: assert std.type(v) == 'string' : 'expected string, got ' + std.type(v); v,
}
