local vals = [null, true, false, 0, 1e300, "", "s", [], [1], {}, {a:: 1}, function() 1, std.id];
{
  isNull: [std.isNull(v) for v in vals],
  isBoolean: [std.isBoolean(v) for v in vals],
  isNumber: [std.isNumber(v) for v in vals],
  isString: [std.isString(v) for v in vals],
  isArray: [std.isArray(v) for v in vals],
  isObject: [std.isObject(v) for v in vals],
  isFunction: [std.isFunction(v) for v in vals],
  named: [std.isString(v="x"), std.isNull(x=null), std.isArray(v=[])],
}
