error |||
  first
  second
|||
