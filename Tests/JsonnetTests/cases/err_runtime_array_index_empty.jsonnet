{ first: [][0] }
