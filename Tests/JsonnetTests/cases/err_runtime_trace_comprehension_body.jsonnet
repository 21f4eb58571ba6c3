[if x == 3 then error 'three' else x for x in [1, 2, 3, 4]]
