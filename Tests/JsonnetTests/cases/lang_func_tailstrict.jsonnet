local id(x) = x;
local ignore(x) = 'ignored';
{
  plain: id(1) tailstrict,
  named: id(x=2) tailstrict,
  lazy_without: ignore(error 'never evaluated'),
  lambda: (function(a, b) a + b)(1, 2) tailstrict,
}
