'' || false
