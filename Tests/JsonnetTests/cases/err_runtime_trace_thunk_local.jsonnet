local bad = error 'lazy bomb';
local wrapper = [bad];
wrapper[0]
