local x = error 'no';
local y = 1 / 0;
local z = [][5];
1
