std.rad2deg(error 'boom')
