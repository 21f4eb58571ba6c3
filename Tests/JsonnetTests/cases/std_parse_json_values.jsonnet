{
  scalars: [std.parseJson(s) for s in ['1', '-0', '0.1', '1e5', '1E+2', '-12.5e-3', '1e-400', 'true', 'false', 'null', '"x"']],
  big: [std.parseJson('12345678901234567890'), std.parseJson('9007199254740993'), std.parseJson('1.7976931348623157e308')],
  nested: std.parseJson('{"a": [1, {"b": null}, []], "c": {}, "d": "e"}'),
  whitespace: std.parseJson(' \t\r\n [ 1 , 2 ] \n'),
  dupKeysLastWins: std.parseJson('{"a": 1, "b": 2, "a": 3}'),
  named: std.parseJson(str='[1]'),
}
