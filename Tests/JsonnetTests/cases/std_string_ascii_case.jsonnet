{
  upper: std.asciiUpper("Hello, wörld! é ß 123 az AZ @[`{"),
  lower: std.asciiLower("HELLO, WÖRLD! É 123 AZ az @[`{"),
  empty: [std.asciiUpper(""), std.asciiLower("")],
  // go maps over std.stringChars(str): arrays of one-character strings work too.
  arrays: [std.asciiUpper(["a", "B", "é"]), std.asciiLower(["A", "b"]), std.asciiUpper([])],
  empty_object: std.asciiUpper({}),
  no_params_function: std.asciiLower(function() 1),
  named: [std.asciiUpper(str="x"), std.asciiLower(str="Y")],
}
