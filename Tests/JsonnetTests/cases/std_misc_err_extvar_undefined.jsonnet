std.extVar("undefined_var")
