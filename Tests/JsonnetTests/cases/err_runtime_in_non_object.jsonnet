'a' in ['a', 'b']
