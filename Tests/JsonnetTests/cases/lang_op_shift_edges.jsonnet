// Shifts operate on 64-bit integers; the shift amount wraps modulo 64.
{
  to_sign_bit: 1 << 63,
  wrap_64: 1 << 64,
  wrap_65: 1 << 65,
  arith_shr: -1 >> 70,
  shr_all: 255 >> 8,
  shl_zero: 7 << 0,
  float_operands: 5.9 << 1.9,
}
