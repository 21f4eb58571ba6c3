{
  then_branch: if true then 'a' else 'b',
  else_branch: if false then 'a' else 'b',
  comparison: if 1 < 2 then 'less' else 'not less',
  nested: if true then if false then 1 else 2 else 3,
  else_if: [
    if x < 0 then 'neg' else if x == 0 then 'zero' else 'pos'
    for x in [-5, 0, 5]
  ],
}
