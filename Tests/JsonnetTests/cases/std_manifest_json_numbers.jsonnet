// Numbers in manifestJsonEx and manifestYamlDoc: Go's shortest round-trip digits, never an
// exponent (unlike the output of the CLI and std.toString).
local nums = [0, -0, 1, -1, 0.1, 1 / 3, 2 / 3, 1e100, 1e-7, 1e21, 1e20, 123456789012345678901, 5e-324,
              1.7976931348623157e308, 1e15 + 0.5, 9007199254740993, 1e-300, 0.000001, 1234.5678, -2.5e-5];
{
  json: std.manifestJsonEx(nums, ''),
  yaml: std.manifestYamlDoc(nums),
  toString: std.toString(nums),
}
