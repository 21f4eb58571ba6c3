error "line one\nline two\n\ttabbed"
