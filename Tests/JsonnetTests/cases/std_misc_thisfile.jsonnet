{
  direct: std.thisFile,
  alias: local s = std; s.thisFile,
  index: std["thisFile"],
  hidden: [std.objectHas(std, "thisFile"), std.objectHasAll(std, "thisFile")],
  extended: (std + {a: 1}).thisFile,
  shadowed: local std = {thisFile: 1}; std.thisFile,
}
