local a = 1;
['ok', 'b\xad']
