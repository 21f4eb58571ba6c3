std.format(str='%d', values=[1])
