local values = [null, true, 1, 'a', [], {}, function() 1];
{
  isString: std.map(std.isString, values),
  isNumber: std.map(std.isNumber, values),
  isBoolean: std.map(std.isBoolean, values),
  isObject: std.map(std.isObject, values),
  isArray: std.map(std.isArray, values),
  isFunction: std.map(std.isFunction, values),
}
