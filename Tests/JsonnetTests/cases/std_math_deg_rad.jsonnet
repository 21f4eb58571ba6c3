local xs = [0, -0, 1, -1, 45, 90, 180, 360, -720, 1e-300, 1e300, 57.29577951308232, 0.017453292519943295];
{
  deg2rad: [std.deg2rad(x) for x in xs],
  rad2deg: [std.rad2deg(x) for x in xs],
  named: [std.deg2rad(x=180), std.rad2deg(x=std.deg2rad(180))],
}
