// Explicit null slice parts behave like omitted ones.
{
  null_end: [1, 2, 3][1:null],
  null_begin_step: [1, 2, 3][null:2:null],
  all_null: 'abc'[null:null:null],
  step_only: 'abcdef'[::2],
  explicit_step_one: 'abc'[0:2:1],
}
