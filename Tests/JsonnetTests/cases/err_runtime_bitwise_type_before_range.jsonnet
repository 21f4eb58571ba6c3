1e308 << null
