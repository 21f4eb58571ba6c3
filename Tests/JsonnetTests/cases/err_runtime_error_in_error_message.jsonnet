error (error "inner")
