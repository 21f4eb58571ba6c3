{ [k]: 1 for k in ['a'] local y = 2 }
