error [1, "two", null, true]
