error 'library refuses to load'
