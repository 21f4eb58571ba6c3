{
  single: 'single',
  double: "double",
  dq_in_sq: 'say "hi"',
  sq_in_dq: "it's",
  escaped_sq: 'it\'s',
  escaped_dq: "say \"hi\"",
  empty_sq: '',
  empty_dq: "",
  same: 'abc' == "abc",
}
