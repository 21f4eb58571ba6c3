function(name) { greeting: 'hi ' + name }
