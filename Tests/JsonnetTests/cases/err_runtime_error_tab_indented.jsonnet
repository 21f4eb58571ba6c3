{
	outer: {
		inner: error "tabs count as one column",
	},
}
