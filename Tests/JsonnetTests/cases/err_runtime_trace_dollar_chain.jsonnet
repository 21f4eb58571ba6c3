{
  x: $.y.z,
  y: { z: $.w },
  w: error "w missing",
}
