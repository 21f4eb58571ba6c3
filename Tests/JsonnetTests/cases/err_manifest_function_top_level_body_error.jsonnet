function(x=2)
  if x > 1 then error 'x too large: ' + x else x
