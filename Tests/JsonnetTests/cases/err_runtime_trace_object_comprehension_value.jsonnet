{ [k]: if k == 'b' then error 'bad key ' + k else 1 for k in ['a', 'b'] }
