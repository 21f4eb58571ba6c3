local doc = |||
  line one
  line two
