std.manifestJsonEx({ a: 1 }, '  ', key_val_sep=null)
