{ [x]: 1 for x in ['a', 'b', 'a'] }
