local pick(flag) =
  if flag then
    'yes'
  else
    error 'took the else branch';
pick(false)
