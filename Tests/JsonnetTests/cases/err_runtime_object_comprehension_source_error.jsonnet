{ [x]: 0 for x in error 'no source' }
