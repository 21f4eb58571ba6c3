local unused() = nothing_here;
42
